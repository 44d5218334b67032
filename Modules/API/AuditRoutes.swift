import Domain
import HTTP
import Workflows

/// `/v1/audit`: the operator reads the audit trail, filtered and paged (read-only).
enum AuditRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/audit") { request in
            let caller = try request.caller()
            let query = try AuditQuery(parameters: request.http.query.map { (name: $0.name, value: $0.value) })
            let page = try request.workflows.auditTrail(query, by: caller)
            return try .apiJSON(
                AuditPageJSON(items: page.entries.map(AuditEventJSON.init), nextCursor: page.nextCursor))
        }
    }
}

/// A page of `GET /v1/audit` (schema `AuditPage`).
private struct AuditPageJSON: Encodable {
    let items: [AuditEventJSON]
    let nextCursor: String?
}

/// One event as the API shows it (schema `AuditEvent`): its sequence as `id`, and the time in
/// RFC 3339, the form the `from` and `to` filters take.
private struct AuditEventJSON: Encodable {
    let id: Int64
    let at: String
    let actor: Actor
    let action: String
    let subjectType: String
    let subjectID: Int64?
    let details: [String: String]

    init(_ entry: AuditEntry) {
        id = entry.sequence
        at = entry.event.at.rfc3339
        actor = entry.event.actor
        action = entry.event.action
        subjectType = entry.event.subjectType
        subjectID = entry.event.subjectID
        details = entry.event.details
    }
}
