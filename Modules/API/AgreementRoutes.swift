import Domain
import HTTP
import Workflows

/// `/v1/agreements`: the tripartite agreement drawn up from an accepted application, its
/// signatures, the line manager's refusal, completion, interruption and feedback. Who may do
/// what is decided by the use cases. Adds the routes of the engagement's other records too.
enum AgreementRoutes {
    static func add(to api: inout APIRouter) {
        addAgreements(to: &api)
        MissionOrderRoutes.add(to: &api)
        TimeReportRoutes.add(to: &api)
    }

    private static func addAgreements(to api: inout APIRouter) {
        api.on(.post, "/v1/applications/{id}/agreement") { request in
            let caller = try request.caller()
            let applicationID: ApplicationID = try request.id("id", "application")
            let terms = try request.decode(AgreementTerms.self)
            return try request.idempotent { connection in
                let view = try request.workflows.createAgreement(
                    from: applicationID, terms: terms, by: caller,
                    in: connection)
                return try APIJSON.recorded(
                    AgreementJSON(view), status: 201, location: path(view.agreement.id),
                    revision: view.revision)
            }
        }
        api.on(.get, "/v1/agreements") { request in
            let caller = try request.caller()
            return try .apiJSON(
                AgreementListJSON(
                    items: try request.workflows.agreements(by: caller)
                        .map(AgreementJSON.init)))
        }
        api.on(.get, "/v1/agreements/{id}") { request in
            let caller = try request.caller()
            return try resource(try request.workflows.agreement(try request.id("id", "agreement"), by: caller))
        }
        api.on(.patch, "/v1/agreements/{id}") { request in
            let (caller, id, revision) = try change(request)
            let patch = try request.decode(AgreementTermsPatch.self)
            return try resource(
                try request.workflows.editAgreementTerms(
                    id, patch, expectedRevision: revision,
                    by: caller))
        }
        api.on(.post, "/v1/agreements/{id}/refresh-parties") { request in
            let (caller, id, revision) = try change(request)
            return try resource(
                try request.workflows.refreshAgreementParties(
                    id, expectedRevision: revision,
                    by: caller))
        }
        api.on(.post, "/v1/agreements/{id}/sign") { request in
            let (caller, id, revision) = try change(request)
            return try resource(try request.workflows.signAgreement(id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/agreements/{id}/refuse") { request in
            let (caller, id, revision) = try change(request)
            let body = try request.decode(Reason.self)
            return try resource(
                try request.workflows.refuseAgreement(
                    id, reason: body.reason,
                    expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/agreements/{id}/complete") { request in
            let (caller, id, revision) = try change(request)
            return try resource(try request.workflows.completeAgreement(id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/agreements/{id}/interrupt") { request in
            let (caller, id, revision) = try change(request)
            let body = try request.decode(Reason.self)
            return try resource(
                try request.workflows.interruptAgreement(
                    id, reason: body.reason,
                    expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/agreements/{id}/feedback") { request in
            let caller = try request.caller()
            let id: AgreementID = try request.id("id", "agreement")
            let feedback = try request.decode(NewFeedback.self)
            return try request.idempotent { connection in
                let view = try request.workflows.giveFeedback(feedback, on: id, by: caller, in: connection)
                return try APIJSON.recorded(
                    AgreementJSON(view), status: 201, location: path(id),
                    revision: view.revision)
            }
        }
    }

    /// `{"reason": "…"}` of a refusal, an interruption or a cancellation.
    struct Reason: Decodable {
        let reason: String
    }

    /// What every state change needs: the caller, the agreement and the `If-Match` revision.
    private static func change(_ request: APIRequest) throws -> (Caller, AgreementID, Int) {
        (try request.caller(), try request.id("id", "agreement"), try request.ifMatch())
    }

    private static func resource(_ view: AgreementView) throws -> HTTPResponse {
        try .resource(AgreementJSON(view), revision: view.revision)
    }

    static func path(_ id: AgreementID) -> String {
        "/v1/agreements/\(id.rawValue)"
    }
}
