public import Gamification
public import Support

// The recognition settings the executables read from flags and the environment.

extension CommandOption {
    /// `--credits-per-hour n` or `TALENTS_CREDITS_PER_HOUR`: credits one validated hour moves (default 1).
    public static let creditsPerHour = CommandOption.value(
        "credits-per-hour", placeholder: "n",
        help: "Credits moved per validated hour, a whole number from 1 to 1000 (default 1).",
        environment: "TALENTS_CREDITS_PER_HOUR")
}

extension ValueParser where Value == CreditRate {
    /// A whole number of credits per hour.
    public static var creditRate: Self {
        ValueParser(expectation: "a whole number of credits per hour from 1 to 1000") { CreditRate(parsing: $0) }
    }
}
