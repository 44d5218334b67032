/// The reference of a mission order, `OM-<ACRONYM>-<YEAR>-<NNNN>`: the issuing administration's
/// acronym, the year of issue and a sequence, from 1 and without gaps per administration and year.
public struct MissionOrderReference: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// The issuing administration's acronym, e.g. `DINUM`.
    public let acronym: String
    /// The year of issue.
    public let year: Int
    /// The rank of the order among those of the administration that year, from 1.
    public let sequence: Int

    /// Creates a reference.
    public init(acronym: String, year: Int, sequence: Int) {
        precondition(sequence >= 1 && (2000...9999).contains(year), "a sequence from 1 and a four-digit year")
        self.acronym = acronym
        self.year = year
        self.sequence = sequence
    }

    /// Parses `OM-<ACRONYM>-<YEAR>-<NNNN>` (the acronym may itself hold hyphens); nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0] == "OM", let year = Int(parts[parts.count - 2]),
            let sequence = Int(parts[parts.count - 1]), sequence >= 1, (2000...9999).contains(year)
        else {
            return nil
        }
        self.init(acronym: parts[1..<(parts.count - 2)].joined(separator: "-"), year: year, sequence: sequence)
    }

    /// `OM-DINUM-2026-0042`: the sequence zero-padded to four digits (more when it grows past 9999).
    public var description: String {
        let digits = String(sequence)
        return "OM-\(acronym)-\(year)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Encodes the text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
