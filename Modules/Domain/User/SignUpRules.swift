/// Who may create their own account (issue 17, "auto-recensement"): an agent with a professional
/// address in one of the allowed domains or a sub-domain of one (`gouv.fr` allows
/// `numerique.gouv.fr`, never `evilgouv.fr`). An account made this way holds the talent role and
/// nothing else: the other roles are granted by an operator.
public struct SignUpRules: Hashable, Sendable {
    /// The domains allowed when none are configured.
    public static let defaultDomains = ["gouv.fr"]
    /// The only role a person grants themselves.
    public static let selfGrantedRoles: Set<Role> = [.talent]

    /// The allowed domains, lower case, without a leading dot.
    public let allowedDomains: [String]

    /// Rules allowing `allowedDomains` (normalised: lower case, surrounding dots and spaces removed,
    /// empty ones dropped).
    public init(allowedDomains: [String] = defaultDomains) {
        self.allowedDomains = allowedDomains.compactMap { domain in
            let trimmed = domain.trimmingWhitespace().lowercased().drop { $0 == "." }
            return trimmed.isEmpty ? nil : String(trimmed)
        }
    }

    /// The domains of a comma-separated list (`gouv.fr,culture.fr`), or nil when one is not a
    /// domain name (letters, digits and hyphens in dot-separated labels, at least two).
    public static func domains(parsing text: String) -> [String]? {
        let domains = text.split(separator: ",").map { String($0).trimmingWhitespace().lowercased() }
        guard !domains.isEmpty,
            domains.allSatisfy({ domain in
                let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
                return labels.count >= 2
                    && labels.allSatisfy { label in
                        !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                            && label.utf8.allSatisfy {
                                ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
                            }
                    }
            })
        else { return nil }
        return domains
    }

    /// Whether `email` is in an allowed domain or one of its sub-domains.
    public func allows(_ email: EmailAddress) -> Bool {
        guard let at = email.value.lastIndex(of: "@") else { return false }
        let domain = email.value[email.value.index(after: at)...].lowercased()
        return allowedDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }

    /// The new account of `email`: the talent role only, a name read from the address
    /// (`camille.martin` gives "Camille Martin"), no administration (the profile names the employer).
    /// - Throws: ``SignUpError/domainNotAllowed`` when the address is outside the allowed domains.
    public func newUser(_ email: EmailAddress) throws -> NewUser {
        guard allows(email) else { throw SignUpError.domainNotAllowed }
        return NewUser(displayName: Self.displayName(for: email), email: email, roles: Self.selfGrantedRoles)
    }

    /// "Camille Martin" for `camille.martin@…`: the local part's words, capitalised; the whole
    /// local part when it holds no letter.
    static func displayName(for email: EmailAddress) -> String {
        let local = email.value.prefix { $0 != "@" }
        let words = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "+" })
            .filter { $0.contains(where: \.isLetter) }
            .map { word in
                word.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
            }
        let name = words.isEmpty ? String(local) : words.joined(separator: " ")
        return String(name.prefix(NewUser.maximumDisplayNameLength))
    }
}

/// Why somebody may not create their own account.
public enum SignUpError: DomainError, Equatable {
    /// The address is outside the allowed domains (``SignUpRules/allowedDomains``).
    case domainNotAllowed

    /// See ``DomainError/code``.
    public var code: String { "sign-up-domain-not-allowed" }
    /// See ``DomainError/field``.
    public var field: String? { "email" }
    /// See ``DomainError/message``.
    public var message: String {
        "Accounts can only be created with a professional address in an allowed domain."
    }
    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .invalidValue }
}
