import Domain
import HTTP
import Workflows

/// `/v1/agreements/{id}/time-reports` and `/v1/time-reports`: the talent reports time once a
/// mission order is in force; the owner validates or rejects each report.
enum TimeReportRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.post, "/v1/agreements/{id}/time-reports") { request in
            let caller = try request.caller()
            let agreementID: AgreementID = try request.id("id", "agreement")
            let new = try request.decode(NewTimeReport.self)
            return try request.idempotent { connection in
                let report = try request.workflows.reportTime(new, on: agreementID, by: caller, in: connection)
                return try APIJSON.recorded(
                    TimeReportJSON(report), status: 201, location: path(report.value.id),
                    revision: report.revision)
            }
        }
        api.on(.get, "/v1/agreements/{id}/time-reports") { request in
            let caller = try request.caller()
            return try .apiJSON(
                TimeSheetJSON(
                    try request.workflows.timeSheet(
                        of: try request.id("id", "agreement"),
                        by: caller)))
        }
        api.on(.get, "/v1/time-reports/{id}") { request in
            let caller = try request.caller()
            return try resource(try request.workflows.timeReport(try request.id("id", "time-report"), by: caller))
        }
        api.on(.post, "/v1/time-reports/{id}/validate") { request in
            let (caller, id, revision) = try change(request)
            return try resource(try request.workflows.validateTimeReport(id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/time-reports/{id}/reject") { request in
            let (caller, id, revision) = try change(request)
            let body = try request.decode(AgreementRoutes.Reason.self)
            return try resource(
                try request.workflows.rejectTimeReport(
                    id, reason: body.reason,
                    expectedRevision: revision, by: caller))
        }
    }

    private static func change(_ request: APIRequest) throws -> (Caller, TimeReportID, Int) {
        (try request.caller(), try request.id("id", "time-report"), try request.ifMatch())
    }

    private static func resource(_ report: Versioned<TimeReport>) throws -> HTTPResponse {
        try .resource(TimeReportJSON(report), revision: report.revision)
    }

    private static func path(_ id: TimeReportID) -> String {
        "/v1/time-reports/\(id.rawValue)"
    }
}
