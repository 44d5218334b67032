/// An amount of virtual credits, kept exact as a whole number of ledger units.
///
/// The ledger unit is one sixtieth of a credit: at the default rate of one credit per hour, one
/// validated minute earns exactly one unit, so `minutes × rate` never needs rounding. JSON and
/// the database carry units; ``credits`` is for display only.
public struct CreditAmount: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// How many units make one credit.
    public static let unitsPerCredit: Int64 = 60
    /// Nothing.
    public static let zero = CreditAmount(units: 0)

    /// The amount in sixtieths of a credit; negative for a debit.
    public let units: Int64

    /// An amount of `units` sixtieths of a credit.
    public init(units: Int64) {
        self.units = units
    }

    /// A whole number of credits.
    public init(credits: Int64) {
        self.init(units: credits * Self.unitsPerCredit)
    }

    /// The amount in credits, for display (units are the exact value).
    public var credits: Double { Double(units) / Double(Self.unitsPerCredit) }

    /// The opposite amount (a debit for a credit).
    public static prefix func - (amount: CreditAmount) -> CreditAmount { CreditAmount(units: -amount.units) }

    /// The sum of two amounts.
    public static func + (lhs: CreditAmount, rhs: CreditAmount) -> CreditAmount {
        CreditAmount(units: lhs.units + rhs.units)
    }

    /// Orders amounts by value.
    public static func < (lhs: CreditAmount, rhs: CreditAmount) -> Bool { lhs.units < rhs.units }

    /// Credits with two decimals (rounded toward zero) and the exact units, e.g. `1.50 (90 units)`.
    public var description: String {
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(Self.unitsPerCredit)
        let hundredths = (magnitude % UInt64(Self.unitsPerCredit)) * 100 / UInt64(Self.unitsPerCredit)
        let padded = hundredths < 10 ? "0\(hundredths)" : "\(hundredths)"
        return "\(sign)\(whole).\(padded) (\(units) units)"
    }

    /// Decodes a plain number of units.
    public init(from decoder: any Decoder) throws {
        units = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes a plain number of units.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(units)
    }
}

extension Sequence where Element == CreditAmount {
    /// The sum of the amounts.
    public func sum() -> CreditAmount {
        reduce(.zero, +)
    }
}
