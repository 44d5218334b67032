import Domain
import HTTP
import Workflows

/// `/v1/mission-orders`: issued by a referent of the talent's administration for a signed
/// agreement, numbered per administration and year, cancellable with a reason.
enum MissionOrderRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.post, "/v1/agreements/{id}/mission-order") { request in
            let caller = try request.caller()
            let agreementID: AgreementID = try request.id("id", "agreement")
            let body = try request.decode(Issue.self)
            return try request.idempotent { connection in
                let order = try request.workflows.issueMissionOrder(
                    for: agreementID, dates: body.dates, by: caller,
                    in: connection)
                return try APIJSON.recorded(
                    MissionOrderJSON(order.value), status: 201, location: path(order.value.id),
                    revision: order.revision)
            }
        }
        api.on(.get, "/v1/mission-orders/{id}") { request in
            let caller = try request.caller()
            let order = try request.workflows.missionOrder(try request.id("id", "mission-order"), by: caller)
            return try .resource(MissionOrderJSON(order.value), revision: order.revision)
        }
        api.on(.post, "/v1/mission-orders/{id}/cancel") { request in
            let caller = try request.caller()
            let id: MissionOrderID = try request.id("id", "mission-order")
            let revision = try request.ifMatch()
            let body = try request.decode(AgreementRoutes.Reason.self)
            let order = try request.workflows.cancelMissionOrder(
                id, reason: body.reason, expectedRevision: revision,
                by: caller)
            return try .resource(MissionOrderJSON(order.value), revision: order.revision)
        }
    }

    /// `{"dates": {"start": …, "end": …}}` of an issue.
    private struct Issue: Decodable {
        let dates: DateWindow
    }

    private static func path(_ id: MissionOrderID) -> String {
        "/v1/mission-orders/\(id.rawValue)"
    }
}
