public import Domain
import Foundation

/// The append-only audit trail (`audit_events`): stores write their event here in the same
/// transaction as the change it records. SQLite triggers refuse any update or delete.
public struct AuditLog {
    let connection: Connection

    /// The audit trail seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Appends `event`; returns its sequence number.
    @discardableResult
    public func append(_ event: AuditEvent) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let details = String(decoding: try encoder.encode(event.details), as: UTF8.self)
        try connection.run(
            """
            INSERT INTO audit_events(at, actor, action, subject_type, subject_id, details)
            VALUES (?, ?, ?, ?, ?, ?)
            """, event.at, event.actor.description, event.action, event.subjectType, event.subjectID, details)
        return connection.lastInsertRowID
    }

    /// The events about one subject, oldest first.
    public func events(subjectType: String, subjectID: Int64) throws -> [AuditEvent] {
        try connection.query(
            """
            SELECT at, actor, action, subject_type, subject_id, details FROM audit_events
            WHERE subject_type = ? AND subject_id = ? ORDER BY id
            """, subjectType, subjectID, map: Self.event)
    }

    /// The most recent events, newest first.
    public func recent(limit: Int) throws -> [AuditEvent] {
        try connection.query(
            """
            SELECT at, actor, action, subject_type, subject_id, details FROM audit_events
            ORDER BY id DESC LIMIT ?
            """, limit, map: Self.event)
    }

    /// How many events of `action` were recorded.
    public func count(action: String) throws -> Int {
        try connection.scalar("SELECT count(*) FROM audit_events WHERE action = ?", action, as: Int.self) ?? 0
    }

    /// Maps a row whose first six columns are `at, actor, action, subject_type, subject_id, details`.
    static func event(_ row: Row) throws -> AuditEvent {
        let actorText = try row.string(1)
        guard let actor = Actor(actorText) else {
            throw SQLiteError.mismatch("column actor holds '\(actorText)', which is not an actor", sql: nil)
        }
        let details = try JSONDecoder().decode([String: String].self, from: Data(try row.string(5).utf8))
        return AuditEvent(
            action: try row.string(2), subjectType: try row.string(3),
            subjectID: try row.optionalInt64(4), actor: actor, at: try row.decode(0), details: details)
    }
}
