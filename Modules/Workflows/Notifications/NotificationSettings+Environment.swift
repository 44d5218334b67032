public import Support

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
        .init("TALENTS_MAIL_LEASE_SECONDS", help: "How long a worker owns a message it sends (default 300)."),
    ]
}
