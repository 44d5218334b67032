public import Mail
public import Support
import Foundation

/// How notifications leave the platform, read from the environment (`TALENTS_MAIL_…`,
/// docs/operations.md "Notifications"). The default transport is a maildir beside the
/// database, so the quick start needs no mail server.
public struct NotificationSettings: Sendable {
    /// Where messages go.
    public enum Transport: Sendable, Equatable {
        /// Files in a maildir folder (development, tests, demonstrations).
        case maildir(String)
        /// An SMTP relay.
        case smtp(SMTPClient.Configuration)
    }

    /// Where messages go.
    public var transport: Transport
    /// The `From` of every message.
    public var sender: MailAddress
    /// The right-hand side of `Message-ID`s: `notification-<id>@<domain>`.
    public var messageIDDomain: String
    /// The public URL that links start with.
    public var baseURL: String
    /// Attempts before a message is parked.
    public var maximumAttempts: Int
    /// The delay after the first failure; doubled after each further one.
    public var retryBaseSeconds: Int
    /// The longest delay between two attempts.
    public var retryMaximumSeconds: Int
    /// How long a worker owns a claimed message; after that another worker may send it again.
    public var leaseSeconds: Int

    /// Creates settings; the defaults suit a development machine.
    public init(transport: Transport, sender: MailAddress, messageIDDomain: String, baseURL: String,
                maximumAttempts: Int = 8, retryBaseSeconds: Int = 60, retryMaximumSeconds: Int = 6 * 3600,
                leaseSeconds: Int = 300) {
        precondition(maximumAttempts >= 1 && retryBaseSeconds >= 1 && leaseSeconds >= 1, "positive delays and attempts")
        self.transport = transport
        self.sender = sender
        self.messageIDDomain = messageIDDomain
        self.baseURL = baseURL
        self.maximumAttempts = maximumAttempts
        self.retryBaseSeconds = retryBaseSeconds
        self.retryMaximumSeconds = retryMaximumSeconds
        self.leaseSeconds = leaseSeconds
    }

    /// The delay before the attempt after failed attempt number `attempt` (1-based):
    /// base × 2^(attempt−1), at most ``retryMaximumSeconds``.
    public func retryDelaySeconds(afterAttempt attempt: Int) -> Int {
        let exponent = min(max(attempt - 1, 0), 30)
        return min(retryMaximumSeconds, retryBaseSeconds * (1 << exponent))
    }

    /// The transport's implementation.
    public var mailTransport: any MailTransport {
        switch transport {
        case .maildir(let directory): MaildirTransport(directory: directory)
        case .smtp(let configuration): SMTPClient(configuration: configuration)
        }
    }

    /// Reads the settings from `environment`.
    /// - Parameters:
    ///   - databasePath: the default maildir is `mail/` beside this file.
    ///   - baseURL: the public URL (`TALENTS_BASE_URL`), for links and the default domain.
    /// - Throws: ``ConfigurationError`` naming the variable that does not read.
    public init(environment: Environment, databasePath: String, baseURL: String) throws {
        let host = URLComponents(string: baseURL)?.host ?? "localhost"
        let domain = try environment.value("TALENTS_MAIL_DOMAIN", as: .mailDomain) ?? host
        let kind = environment.string("TALENTS_MAIL_TRANSPORT") ?? "maildir"
        let transport: Transport
        switch kind {
        case "maildir":
            let folder = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("mail").path
            transport = .maildir(environment.string("TALENTS_MAIL_MAILDIR") ?? folder)
        case "smtp":
            transport = .smtp(SMTPClient.Configuration(
                host: environment.string("TALENTS_MAIL_SMTP_HOST") ?? "127.0.0.1",
                port: Int(try environment.port("TALENTS_MAIL_SMTP_PORT") ?? 25), heloName: domain,
                timeoutSeconds: try environment.value("TALENTS_MAIL_SMTP_TIMEOUT_SECONDS", as: .int(in: 1...600)) ?? 30))
        default:
            throw ConfigurationError(variable: "TALENTS_MAIL_TRANSPORT", value: kind, expectation: "maildir or smtp")
        }
        let sender = try environment.value("TALENTS_MAIL_FROM", as: .mailAddress)
            ?? MailAddress("ne-pas-repondre@\(domain)", displayName: "Partagez vos talents numériques")
        self.init(transport: transport, sender: sender, messageIDDomain: domain, baseURL: baseURL,
                  maximumAttempts: try environment.value("TALENTS_MAIL_MAX_ATTEMPTS", as: .int(in: 1...100)) ?? 8,
                  retryBaseSeconds: try environment.value("TALENTS_MAIL_RETRY_SECONDS", as: .int(in: 1...86_400)) ?? 60,
                  leaseSeconds: try environment.value("TALENTS_MAIL_LEASE_SECONDS", as: .int(in: 1...86_400)) ?? 300)
    }
}

extension ValueParser where Value == MailAddress {
    /// `Name <local@domain>` or `local@domain`.
    static var mailAddress: Self {
        ValueParser(expectation: "a mail address such as 'Talents <ne-pas-repondre@example.gouv.fr>'") {
            try? MailAddress(parsing: $0)
        }
    }
}

extension ValueParser where Value == String {
    /// A domain name: letters, digits, hyphens and dots.
    static var mailDomain: Self {
        ValueParser(expectation: "a domain name such as 'talents.numerique.gouv.fr'") { text in
            !text.isEmpty && text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
                ? text : nil
        }
    }
}
