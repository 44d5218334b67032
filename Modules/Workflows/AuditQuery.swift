public import Domain
import Persistence
import Support

/// A page request on the audit trail: the filter, where the previous page ended, and the
/// page size.
public struct AuditQuery: Sendable, Hashable {
    /// The page size when none is asked.
    public static let defaultLimit = 50
    /// The page sizes a client may ask.
    public static let limits = 1...100
    /// The query parameters of `GET /v1/audit`, in documentation order.
    public static let parameterNames = ["subjectType", "subjectID", "actor", "action", "from", "to", "cursor", "limit"]

    /// Which events.
    public var filter: AuditFilter
    /// The sequence the previous page ended at; this page starts just before it.
    public var before: Int64?
    /// How many events at most (within ``limits``).
    public var limit: Int

    /// A query from typed values; `limit` must lie within ``limits``.
    public init(filter: AuditFilter = AuditFilter(), before: Int64? = nil, limit: Int = defaultLimit) {
        precondition(Self.limits.contains(limit), "an audit page holds 1 to 100 events")
        self.filter = filter
        self.before = before
        self.limit = limit
    }

    /// Reads the query parameters of `GET /v1/audit` (names in ``parameterNames``; times in
    /// RFC 3339; `cursor` as returned by the previous page).
    /// - Throws: ``AuditQueryError`` naming the first parameter at fault.
    public init(parameters: some Sequence<(name: String, value: String)>) throws {
        var values: [String: String] = [:]
        for (name, value) in parameters {
            guard Self.parameterNames.contains(name) else { throw AuditQueryError.unknownParameter(name) }
            guard values.updateValue(value, forKey: name) == nil else { throw AuditQueryError.repeatedParameter(name) }
        }
        func parse<T>(_ name: String, expected: String, _ convert: (String) -> T?) throws -> T? {
            guard let text = values[name] else { return nil }
            guard let value = convert(text) else {
                throw AuditQueryError.invalidParameter(name: name, value: text, expected: expected)
            }
            return value
        }
        let instant = "an RFC 3339 timestamp such as 2026-03-01T09:30:00Z"
        let filter = AuditFilter(
            subjectType: try parse("subjectType", expected: "a kind of subject such as 'mission'") {
                $0.isEmpty ? nil : $0
            },
            subjectID: try parse("subjectID", expected: "a positive integer") { text in
                Int64(text).flatMap { $0 > 0 ? $0 : nil }
            },
            actor: try parse("actor", expected: "'user:<id>', 'cli' or 'system:<job>'") { Actor($0) },
            action: try parse("action", expected: "an action such as 'mission.published'") { $0.isEmpty ? nil : $0 },
            from: try parse("from", expected: instant) { try? Instant(rfc3339: $0) },
            to: try parse("to", expected: instant) { try? Instant(rfc3339: $0) })
        if filter.subjectID != nil && filter.subjectType == nil { throw AuditQueryError.subjectTypeRequired }
        if let from = filter.from, let to = filter.to, to <= from { throw AuditQueryError.emptyWindow }
        let limit = try parse("limit", expected: "an integer from 1 to 100") { text in
            Int(text).flatMap { Self.limits.contains($0) ? $0 : nil }
        }
        self.init(
            filter: filter,
            before: try parse("cursor", expected: "the nextCursor of the previous page", Self.sequence(cursor:)),
            limit: limit ?? Self.defaultLimit)
    }

    /// The opaque cursor that continues after `entry` (clients must not build their own).
    static func cursor(after entry: AuditEntry) -> String {
        Base64URL.encode(Array("audit:\(entry.sequence)".utf8))
    }

    private static func sequence(cursor: String) -> Int64? {
        guard let bytes = Base64URL.decode(cursor) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("audit:"), let sequence = Int64(text.dropFirst(6)), sequence > 0 else { return nil }
        return sequence
    }
}
