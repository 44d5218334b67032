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
        // Every allowed character is a single ASCII byte, so the checks run on the UTF-8 bytes:
        // any other character (non-ASCII included) makes the address invalid.
        let bytes = address.utf8
        guard bytes.count <= 254, let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[bytes.index(after: at)...]
        guard (1...64).contains(local.count), local.allSatisfy(isLocalByte),
            local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
            !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == $0 })
        else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return labels.count >= 2 && domain.count <= 255
            && labels.allSatisfy { label in
                (1...63).contains(label.count) && label.allSatisfy(isLabelByte)
                    && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
            }
    }

    /// A lower-case letter, a digit or a hyphen: the characters of a domain label.
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }

    /// A character of a local part: those of a label, the dot and ``localSymbols``.
    private static func isLocalByte(_ byte: UInt8) -> Bool {
        isLabelByte(byte) || byte == UInt8(ascii: ".") || localSymbols.contains(byte)
    }

    /// The symbols allowed in a local part besides the dot and the hyphen.
    private static let localSymbols = Array("!#$%&'*+/=?^_`{|}~".utf8)
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
