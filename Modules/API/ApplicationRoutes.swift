import Domain
import HTTP
import Workflows

/// `/v1/missions/{id}/applications` and `/v1/applications`: applying, the owner's answers
/// (interview, acceptance, decline), the talent's withdrawal, the operator's reopening, and the
/// listings. Who may do what is decided by the use cases.
enum ApplicationRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.post, "/v1/missions/{id}/applications") { request in
            let caller = try request.caller()
            let missionID: MissionID = try request.id("id", "mission")
            let new = try request.decode(NewApplicationJSON.self)
            return try request.idempotent { connection in
                let view = try request.workflows.apply(
                    to: missionID, motivation: new.motivation, by: caller,
                    in: connection)
                return try APIJSON.recorded(
                    ApplicationJSON(view), status: 201, location: path(view.application.id),
                    revision: view.revision)
            }
        }
        api.on(.get, "/v1/missions/{id}/applications") { request in
            let caller = try request.caller()
            let missionID: MissionID = try request.id("id", "mission")
            let search = try ApplicationSearch(
                parameters: request.http.query,
                allowed: ApplicationSearch.parameterNames.filter { $0 != "mission" })
            return try .apiJSON(
                ApplicationPageJSON(
                    try request.workflows.applications(
                        to: missionID, matching: search,
                        by: caller)))
        }
        api.on(.get, "/v1/applications") { request in
            let caller = try request.caller()
            let search = try ApplicationSearch(parameters: request.http.query)
            return try .apiJSON(ApplicationPageJSON(try request.workflows.applications(matching: search, by: caller)))
        }
        api.on(.get, "/v1/applications/{id}") { request in
            let caller = try request.caller()
            return try resource(try request.workflows.application(try request.id("id", "application"), by: caller))
        }
        addChanges(to: &api)
    }

    /// The transitions: each needs `If-Match` and returns the new `ETag`.
    private static func addChanges(to api: inout APIRouter) {
        api.on(.post, "/v1/applications/{id}/interview") { request in
            let (caller, id, revision) = try change(request)
            let proposal = try request.decode(InterviewProposalJSON.self).interview
            return try resource(
                try request.workflows.proposeInterview(
                    Interview(at: proposal.at, means: proposal.means), for: id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/applications/{id}/accept") { request in
            let (caller, id, revision) = try change(request)
            return try resource(try request.workflows.acceptApplication(id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/applications/{id}/decline") { request in
            let (caller, id, revision) = try change(request)
            let reason = try request.decode(CodedReasonJSON.self).reason
            return try resource(
                try request.workflows.declineApplication(
                    id, reason: reason, expectedRevision: revision,
                    by: caller))
        }
        api.on(.post, "/v1/applications/{id}/withdraw") { request in
            let (caller, id, revision) = try change(request)
            let reason = try request.decode(CodedReasonJSON.self).reason
            return try resource(
                try request.workflows.withdrawApplication(
                    id, reason: reason,
                    expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/applications/{id}/reopen") { request in
            let (caller, id, revision) = try change(request)
            let reason = try request.decode(ReopeningJSON.self).reason
            return try resource(
                try request.workflows.reopenApplication(
                    id, reason: reason, expectedRevision: revision,
                    by: caller))
        }
    }

    /// What every state change needs: the caller, the application and the `If-Match` revision.
    private static func change(_ request: APIRequest) throws -> (Caller, ApplicationID, Int) {
        (try request.caller(), try request.id("id", "application"), try request.ifMatch())
    }

    private static func resource(_ view: ApplicationView) throws -> HTTPResponse {
        try .resource(ApplicationJSON(view), revision: view.revision)
    }

    /// The path of application `id`.
    static func path(_ id: ApplicationID) -> String {
        "/v1/applications/\(id.rawValue)"
    }
}
