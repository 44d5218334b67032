public import Domain

/// The half-open interval `[from, until)` a report covers; either end may be open.
public struct ReportingPeriod: Sendable, Hashable {
    /// The first instant included, or nil for "since the beginning".
    public var from: Instant?
    /// The first instant excluded, or nil for "up to now".
    public var until: Instant?

    /// Every instant.
    public static let always = ReportingPeriod()

    /// A period between two instants.
    public init(from: Instant? = nil, until: Instant? = nil) {
        self.from = from
        self.until = until
    }

    /// The calendar days `first` through `last` in UTC, both included: from midnight of
    /// `first` to midnight after `last`.
    public init(firstDay first: LocalDate?, lastDay last: LocalDate?) {
        self.init(from: first.map { Instant(utc: $0) }, until: last.map { Instant(utc: $0.adding(days: 1)) })
    }
}
