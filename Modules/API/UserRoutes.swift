import Domain
import HTTP
import Workflows

/// `/v1/users`: accounts and their roles (issue 18) — the operator manages every account, a
/// referent those of their administration (``UserManagement``, decided by the use cases).
enum UserRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/users") { request in
            let caller = try request.caller()
            let page = try request.workflows.users(matching: try filter(request.http.query), by: caller)
            return try .apiJSON(UserPageJSON(items: page.users, total: page.total))
        }
        api.on(.post, "/v1/users") { request in
            let caller = try request.caller()
            let new = try request.decode(NewUser.self)
            let user = try request.workflows.addUser(new, by: caller)
            var response = try HTTPResponse.apiJSON(user, status: .created)
            response.headers["Location"] = "/v1/users/\(user.id.rawValue)"
            return response
        }
        api.on(.get, "/v1/users/{id}") { request in
            let caller = try request.caller()
            return try .apiJSON(try request.workflows.managedUser(try request.id("id", "user"), by: caller))
        }
        api.on(.post, "/v1/users/{id}/roles") { request in
            let caller = try request.caller()
            let id: UserID = try request.id("id", "user")
            let change = try request.decode(RoleChangeJSON.self)
            return try .apiJSON(
                try request.workflows.changeRoles(
                    of: id, adding: Set(change.add ?? []), removing: Set(change.remove ?? []), by: caller))
        }
        api.on(.post, "/v1/users/{id}/deactivation") { request in
            let caller = try request.caller()
            return try .apiJSON(try request.workflows.deactivateUser(try request.id("id", "user"), by: caller))
        }
        api.on(.post, "/v1/users/{id}/reactivation") { request in
            let caller = try request.caller()
            return try .apiJSON(try request.workflows.reactivateUser(try request.id("id", "user"), by: caller))
        }
    }

    /// The filter of `GET /v1/users`: `q`, `role`, `administrationID`, `active` (true/false),
    /// `limit` (1–100), `offset`.
    private static func filter(_ query: HTTPQuery) throws -> UserFilter {
        var filter = UserFilter()
        filter.text = query["q"]
        if let text = query["role"] {
            guard let role = Role(rawValue: text) else { throw UserQueryError(name: "role", value: text) }
            filter.role = role
        }
        if let text = query["administrationID"] {
            guard let id = AdministrationID(text) else { throw UserQueryError(name: "administrationID", value: text) }
            filter.administrationID = id
        }
        if let text = query["active"] {
            guard let active = Bool(text) else { throw UserQueryError(name: "active", value: text) }
            filter.active = active
        }
        if let text = query["limit"] {
            guard let limit = Int(text), (1...100).contains(limit) else {
                throw UserQueryError(name: "limit", value: text)
            }
            filter.limit = limit
        }
        if let text = query["offset"] {
            guard let offset = Int(text), offset >= 0 else { throw UserQueryError(name: "offset", value: text) }
            filter.offset = offset
        }
        return filter
    }
}

/// The body of `POST /v1/users/{id}/roles` (schema `RoleChange`).
private struct RoleChangeJSON: Decodable {
    let add: [Role]?
    let remove: [Role]?
}

/// A page of `GET /v1/users` (schema `UserPage`).
private struct UserPageJSON: Encodable {
    let items: [User]
    let total: Int
}

/// A query parameter of `GET /v1/users` that is not what it should be.
struct UserQueryError: DomainError {
    let name: String
    let value: String

    var code: String { "user-query-invalid-parameter" }
    var field: String? { name }
    var message: String { "The query parameter '\(name)' cannot be '\(value)'." }
    var kind: DomainErrorKind { .invalidValue }
}
