/// The time a talent can lend: hours per month, optionally within a period.
public struct Availability: Hashable, Sendable, Codable {
    /// Maximum hours per month: a full-time month (35 h × 52 / 12 ≈ 151.67 h), rounded down.
    public static let maximumHoursPerMonth = 151

    /// Hours per month, 1 to ``maximumHoursPerMonth``.
    public var hoursPerMonth: Int
    /// First day of availability, if limited.
    public var from: LocalDate?
    /// Last day of availability, if limited; not before ``from``.
    public var until: LocalDate?

    /// Creates an availability.
    public init(hoursPerMonth: Int, from: LocalDate? = nil, until: LocalDate? = nil) {
        self.hoursPerMonth = hoursPerMonth
        self.from = from
        self.until = until
    }
}
