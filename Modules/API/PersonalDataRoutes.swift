import Domain
import HTTP
import Workflows

/// `/v1/me/personal-data` and `/v1/users/{id}/personal-data`: everything the platform holds
/// about a person (docs/privacy.md), for themself and for the operator answering their request;
/// `POST /v1/me/closure` and `POST /v1/users/{id}/closure`: closing the account and erasing the
/// person's data (right to erasure), refused with a 409 problem while an agreement of theirs
/// is under signature or running.
enum PersonalDataRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/me/personal-data") { request in
            let caller = try request.caller()
            guard let user = caller.user else { preconditionFailure("the API's callers are users") }
            return try .apiJSON(try request.workflows.personalData(of: user.id, by: caller))
        }
        api.on(.get, "/v1/users/{id}/personal-data") { request in
            let id: UserID = try request.id("id", "user")
            return try .apiJSON(try request.workflows.personalData(of: id, by: try request.caller()))
        }
        api.on(.post, "/v1/me/closure") { request in
            let caller = try request.caller()
            guard let user = caller.user else { preconditionFailure("the API's callers are users") }
            return try .apiJSON(try request.workflows.closeAccount(of: user.id, by: caller))
        }
        api.on(.post, "/v1/users/{id}/closure") { request in
            let id: UserID = try request.id("id", "user")
            return try .apiJSON(try request.workflows.closeAccount(of: id, by: try request.caller()))
        }
    }
}
