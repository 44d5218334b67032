public import Persistence

/// Running totals of the audit events by action and reason, brought up to date by counting
/// only the events appended since the last update.
///
/// The audit trail is append-only, so the totals are monotonic and, recounted from the trail
/// after a restart, continue where they were: the right source for Prometheus counters.
public struct EventTally: Sendable, Hashable {
    /// An action and the reason its events carry (nil for none).
    public struct Key: Sendable, Hashable {
        /// The action, e.g. `mission.published`.
        public let action: String
        /// The reason code, e.g. `mission-filled`.
        public let reason: String?

        /// Creates a key.
        public init(action: String, reason: String?) {
            self.action = action
            self.reason = reason
        }
    }

    /// The sequence number of the last event counted.
    public private(set) var lastEventID: Int64 = 0
    /// The totals.
    public private(set) var counts: [Key: Int] = [:]

    /// An empty tally: the first update counts the whole trail.
    public init() {}

    /// Counts the events appended since the last update, as seen through `connection`.
    public mutating func update(from connection: Connection) throws {
        let queries = ReportingQueries(connection)
        let last = try queries.lastEventID()
        if last < lastEventID {
            // Fewer events than already counted: the file was replaced (a restored backup).
            // Recount from scratch; Prometheus reads the drop as a counter reset.
            self = EventTally()
        }
        guard last > lastEventID else { return }
        for count in try queries.eventCounts(after: lastEventID, through: last) {
            counts[Key(action: count.action, reason: count.reason), default: 0] += count.count
        }
        lastEventID = last
    }
}
