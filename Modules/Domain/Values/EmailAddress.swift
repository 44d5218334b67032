/// A validated e-mail address, normalised to lower case (surrounding spaces removed).
///
/// The check is deliberately pragmatic: one `@`, a local part of at most 64 characters and
/// a domain of at most 255 (RFC 5321 §4.5.3.1), dot-separated letters, digits and hyphens
/// with at least two labels. Quoted local parts and IP-literal domains are refused.
public struct EmailAddress: Hashable, Sendable {
    /// The normalised address, e.g. `"camille.martin@numerique.gouv.fr"`.
    public let value: String

    /// Validates and normalises `text`.
    /// - Throws: ``ValueError/invalidEmail(field:text:)``.
    public init(_ text: String, field: String? = "email") throws {
        let normalised = text.trimmingWhitespace().lowercased()
        guard EmailAddress.isValid(normalised) else {
            throw ValueError.invalidEmail(field: field, text: text)
        }
        value = normalised
    }

    private static func isValid(_ address: String) -> Bool {
        let bytes = address.utf8
        guard bytes.count <= 254, let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[bytes.index(after: at)...]
        guard !domain.contains(UInt8(ascii: "@")) else { return false }
        guard (1...64).contains(local.count), local.allSatisfy(isLocalCharacter),
            local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
            !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
        else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return labels.count >= 2 && domain.count <= 255
            && labels.allSatisfy { label in
                (1...63).contains(label.count) && label.allSatisfy(isLabelCharacter)
                    && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
            }
    }

    /// A character of a local part: a label's, or one of the other symbols RFC 5322 allows unquoted.
    private static func isLocalCharacter(_ byte: UInt8) -> Bool {
        isLabelCharacter(byte) || ".!#$%&'*+/=?^_`{|}~".utf8.contains(byte)
    }

    /// A character of a domain label: a lower-case letter (the address is normalised first), a digit or `-`.
    private static func isLabelCharacter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }
}

extension EmailAddress: CustomStringConvertible {
    /// The normalised address.
    public var description: String { value }
}

extension EmailAddress: Codable {
    /// Decodes and validates a string; a bad value throws a ``ValueError`` naming the field.
    public init(from decoder: any Decoder) throws {
        try self.init(decoder.singleValueContainer().decode(String.self), field: decoder.fieldPath)
    }

    /// Encodes the normalised address.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
