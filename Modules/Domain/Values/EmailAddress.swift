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
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, address.utf8.count <= 254 else { return false }
        let local = parts[0]
        let domain = parts[1]
        let localCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-")
        guard (1...64).contains(local.utf8.count), local.allSatisfy(localCharacters.contains),
            !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        return labels.count >= 2 && domain.utf8.count <= 255
            && labels.allSatisfy { label in
                (1...63).contains(label.utf8.count) && label.allSatisfy(labelCharacters.contains)
                    && !label.hasPrefix("-") && !label.hasSuffix("-")
            }
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
