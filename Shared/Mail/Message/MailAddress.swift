/// A mailbox: an address, with an optional display name (RFC 5322 §3.4).
///
/// The address is kept as given; it must be a plain `local@domain` without white space,
/// angle brackets or control characters, so it can never inject a header or an SMTP command.
public struct MailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address, e.g. `camille.martin@numerique.gouv.fr`.
    public let address: String
    /// The display name, e.g. "Partagez vos talents numériques"; encoded when not ASCII.
    public let displayName: String?

    /// Checks and wraps an address.
    /// - Throws: ``MailAddressError`` when `address` is not a plain `local@domain`.
    public init(_ address: String, displayName: String? = nil) throws(MailAddressError) {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, address.utf8.count <= 254,
            address.unicodeScalars.allSatisfy({
                $0.value > 0x20 && $0.value < 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains($0)
            })
        else { throw MailAddressError(text: address) }
        self.address = address
        self.displayName = displayName.map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }) }
    }

    /// Parses `Name <local@domain>` or a bare `local@domain`.
    /// - Throws: ``MailAddressError``.
    public init(parsing text: String) throws(MailAddressError) {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            try self.init(trimmed)
            return
        }
        let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        var name = String(trimmed[..<open]).trimmingSpaces
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        try self.init(address, displayName: name.isEmpty ? nil : name)
    }

    /// The header form: `=?UTF-8?B?…?= <address>` or `<address>`.
    public var headerValue: String {
        guard let displayName, !displayName.isEmpty else { return "<\(address)>" }
        return "\(EncodedWord.phrase(displayName)) <\(address)>"
    }

    /// The address in angle brackets.
    public var description: String { "<\(address)>" }
}

/// A text that is not a usable mail address.
public struct MailAddressError: Error, Equatable, CustomStringConvertible {
    /// The refused text.
    public let text: String

    /// A sentence naming the rule.
    public var description: String {
        "'\(text.prefix(80))' is not a plain mail address local@domain (no spaces, brackets or control characters)."
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
