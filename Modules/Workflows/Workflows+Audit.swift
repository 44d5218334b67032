public import Domain
import Persistence

extension Workflows {
    /// A page of the audit trail, newest first.
    public struct AuditPage: Sendable {
        /// The events of this page.
        public let entries: [AuditEntry]
        /// The cursor of the next page, or nil on the last one.
        public let nextCursor: String?
    }

    /// The audit events matching `query`, newest first (operator; read-only).
    /// - Throws: ``AccessError`` for anyone but the operator.
    public func auditTrail(_ query: AuditQuery, by caller: Caller) throws -> AuditPage {
        try caller.require(.operator, to: "read the audit trail")
        // One more than asked tells whether another page follows, without a count query.
        let entries = try database.read {
            try AuditLog($0).entries(matching: query.filter, before: query.before, limit: query.limit + 1)
        }
        let page = Array(entries.prefix(query.limit))
        return AuditPage(
            entries: page,
            nextCursor: entries.count > query.limit ? page.last.map(AuditQuery.cursor(after:)) : nil)
    }
}
