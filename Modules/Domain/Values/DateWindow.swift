/// A period between two calendar dates, both included (a mission's window).
/// Its rules (end not before start, maximum length) are checked by the owner of the window.
public struct DateWindow: Hashable, Sendable, Codable {
    /// The first day.
    public var start: LocalDate
    /// The last day.
    public var end: LocalDate

    /// Creates a window; see ``MissionDetails/validated(rules:taxonomy:)`` for its rules.
    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    /// Whether `date` falls within the window, bounds included.
    public func contains(_ date: LocalDate) -> Bool {
        start <= date && date <= end
    }
}
