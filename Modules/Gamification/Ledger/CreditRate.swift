/// How many credits one validated hour moves: a whole number of credits per hour, one by default.
///
/// With the ledger unit of a sixtieth of a credit (``CreditAmount``), a minute at `n` credits
/// per hour is exactly `n` units, so every amount is `minutes × n` units.
public struct CreditRate: Hashable, Sendable, CustomStringConvertible {
    /// The rates a deployment may choose.
    public static let allowedCreditsPerHour: ClosedRange<Int> = 1...1000
    /// The programme's rate: one credit per validated hour.
    public static let standard = CreditRate(creditsPerHour: 1)

    /// Credits per validated hour.
    public let creditsPerHour: Int

    /// A rate of `creditsPerHour` (within ``allowedCreditsPerHour``; anything else is a programmer error).
    public init(creditsPerHour: Int) {
        precondition(
            Self.allowedCreditsPerHour.contains(creditsPerHour),
            "a credit rate is 1 to 1000 credits per hour, got \(creditsPerHour)")
        self.creditsPerHour = creditsPerHour
    }

    /// Reads a configured rate such as `"2"`; nil when it is not a whole number in the allowed range.
    public init?(parsing text: String) {
        guard let value = Int(text), Self.allowedCreditsPerHour.contains(value) else { return nil }
        self.init(creditsPerHour: value)
    }

    /// The exact amount `minutes` of validated work earn.
    public func amount(minutes: Int) -> CreditAmount {
        precondition(minutes >= 0, "negative minutes")
        return CreditAmount(units: Int64(minutes) * Int64(creditsPerHour))
    }

    /// E.g. `1 credit(s) per hour`.
    public var description: String { "\(creditsPerHour) credit(s) per hour" }
}
