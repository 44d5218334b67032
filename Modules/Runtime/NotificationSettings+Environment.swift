import Foundation
import Mail
public import Support
public import Workflows

extension NotificationSettings {
    /// Every variable ``init(environment:databasePath:baseURL:)`` reads, for the `--help` of the
    /// commands that send notifications (`talents-api`, `talents-admin jobs run`); the defaults
    /// are the ones that initializer applies (docs/operations.md "Notifications").
    public static let environmentVariables: [CommandEnvironmentVariable] = [
        .init("TALENTS_MAIL_TRANSPORT", help: "maildir or smtp (default maildir)."),
        .init("TALENTS_MAIL_MAILDIR", help: "The maildir folder (default mail/ beside the database)."),
        .init("TALENTS_MAIL_SMTP_HOST", help: "The SMTP relay (default 127.0.0.1)."),
        .init("TALENTS_MAIL_SMTP_PORT", help: "The relay's port (default 25)."),
        .init("TALENTS_MAIL_SMTP_TIMEOUT_SECONDS", help: "Connection and reply timeout, 1 to 600 (default 30)."),
        .init("TALENTS_MAIL_FROM", help: "The sender, 'Name <address>' or 'address' (default ne-pas-repondre@DOMAIN)."),
        .init("TALENTS_MAIL_DOMAIN", help: "EHLO name and Message-ID domain (default the host of the base URL)."),
        .init("TALENTS_MAIL_MAX_ATTEMPTS", help: "Attempts before a message is parked, 1 to 100 (default 8)."),
        .init("TALENTS_MAIL_RETRY_SECONDS", help: "Delay after the first failure, doubled after each (default 60)."),
        .init("TALENTS_MAIL_LEASE_SECONDS", help: "How long a worker owns a message it sends (default 300).")
    ]

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
            let folder = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("mail")
                .path
            transport = .maildir(environment.string("TALENTS_MAIL_MAILDIR") ?? folder)
        case "smtp":
            transport = .smtp(
                SMTPClient.Configuration(
                    host: environment.string("TALENTS_MAIL_SMTP_HOST") ?? "127.0.0.1",
                    port: Int(try environment.port("TALENTS_MAIL_SMTP_PORT") ?? 25), heloName: domain,
                    timeoutSeconds: try environment.value("TALENTS_MAIL_SMTP_TIMEOUT_SECONDS", as: .int(in: 1...600))
                        ?? 30))
        default:
            throw ConfigurationError(variable: "TALENTS_MAIL_TRANSPORT", value: kind, expectation: "maildir or smtp")
        }
        let sender =
            try environment.value("TALENTS_MAIL_FROM", as: .mailAddress)
            ?? MailAddress("ne-pas-repondre@\(domain)", displayName: "Partagez vos talents numériques")
        self.init(
            transport: transport, sender: sender, messageIDDomain: domain, baseURL: baseURL,
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
