/// A French département code (INSEE): `01`–`95` (without `20`, split in 1976 into `2A`
/// Corse-du-Sud and `2B` Haute-Corse) and the overseas `971`–`976`.
public struct Departement: Hashable, Comparable, Sendable {
    /// The normalised code, e.g. `"75"`, `"2A"`, `"974"`.
    public let code: String

    /// Validates `text` (surrounding spaces removed, `2a`/`2b` upper-cased).
    /// - Throws: ``ValueError/invalidDepartement(field:text:)``.
    public init(_ text: String, field: String? = "departement") throws {
        let normalised = text.trimmingWhitespace().uppercased()
        guard Departement.isValid(normalised) else {
            throw ValueError.invalidDepartement(field: field, text: text)
        }
        code = normalised
    }

    private static func isValid(_ code: String) -> Bool {
        if code == "2A" || code == "2B" { return true }
        guard code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let number = Int(code)
        else { return false }
        switch code.utf8.count {
        case 2: return (1...95).contains(number) && number != 20
        case 3: return (971...976).contains(number)
        default: return false
        }
    }

    /// Orders codes as INSEE lists them (`19`, `2A`, `2B`, `21`… `95`, `971`…).
    public static func < (lhs: Departement, rhs: Departement) -> Bool {
        func key(_ code: String) -> (Int, String) {
            // 2A and 2B sit where 20 used to be.
            code.hasPrefix("2A") || code.hasPrefix("2B") ? (20, code) : (Int(code) ?? 0, code)
        }
        return key(lhs.code) < key(rhs.code)
    }
}

extension Departement: CustomStringConvertible {
    /// The code.
    public var description: String { code }
}

extension Departement: Codable {
    /// Decodes and validates a code; a bad value throws a ``ValueError`` naming the field.
    public init(from decoder: any Decoder) throws {
        try self.init(decoder.singleValueContainer().decode(String.self), field: decoder.fieldPath)
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
