public import Domain
public import Gamification

/// The distinctions awarded (`distinctions`): each at most once per user, with the event that
/// earned it; append-only.
public struct DistinctionStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// A distinction held by a user (``HeldDistinction``).
    public typealias Record = HeldDistinction

    /// Awards `award` to `userID` unless they already hold it; audit event `distinction.awarded`.
    /// - Returns: whether it was new.
    @discardableResult
    public func award(_ award: DistinctionAward, to userID: UserID, by actor: Actor, at instant: Instant) throws -> Bool
    {
        try connection.run(
            """
            INSERT INTO distinctions(user_id, code, event_kind, event_record_id, awarded_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(user_id, code) DO NOTHING
            """, userID, award.code.rawValue, award.event.kind.rawValue, award.event.recordID, instant)
        guard connection.changes == 1 else { return false }
        try AuditLog(connection).append(
            AuditEvent(
                action: "distinction.awarded", subjectType: "user", subjectID: userID.rawValue, actor: actor,
                at: instant,
                details: [
                    "code": award.code.rawValue, "event": award.event.kind.rawValue,
                    "recordID": award.event.recordID.map { String($0) } ?? ""
                ]))
        return true
    }

    /// The distinctions of `userID`, in catalogue order.
    public func distinctions(of userID: UserID) throws -> [Record] {
        try connection.query("\(Self.select) WHERE user_id = ?", userID, map: Self.record).sorted { $0.code < $1.code }
    }

    /// Every distinction awarded, by user then catalogue order.
    public func all() throws -> [Record] {
        try connection.query(Self.select, map: Self.record).sorted { ($0.userID, $0.code) < ($1.userID, $1.code) }
    }

    private static let select = "SELECT user_id, code, event_kind, event_record_id, awarded_at FROM distinctions"

    private static func record(_ row: Row) throws -> Record {
        Record(
            userID: try row.decode(0), code: try row.code(1),
            event: DistinctionEvent(try row.code(2), recordID: try row.optionalInt64(3)), awardedAt: try row.decode(4))
    }
}
