public import Domain
import Foundation
public import Gamification
import Mail
import Persistence
public import Support
public import Workflows

/// What the three executables read from their flags and the environment, built one way: the
/// database, the public base URL, the public services open, the credits per hour, the clock and
/// the notification settings. `talents-api` and `talents-admin` build their ``Workflows`` from it,
/// so a use case run from either applies the same policies (issue 16); `talents-metrics` reads
/// its database path from it. Workflows itself reads no environment.
public struct RuntimeConfiguration: Sendable {
    /// The options every executable declares (``CommandOption/database`` and its siblings).
    public static let options: [CommandOption] = [
        .database, .baseURL, .publicServices, .clockFile, .creditsPerHour,
        .signUpDomains, .contactMailbox, .retentionMessageDays, .retentionSignInDays, .retentionIdempotencyHours,
        .retentionStudentDays, .inactivityDays
    ]

    /// The database file.
    public var databasePath: String
    /// The public URL, without a trailing slash: links, diplomas and e-mails start with it.
    public var baseURL: String
    /// The public services open for new administrations.
    public var publicServices: Set<PublicService>
    /// Credits one validated hour moves.
    public var creditRate: CreditRate
    /// The clock file of tests and rehearsals; nil for the system clock.
    public var clockFile: String?
    /// The address domains with which agents create their own account (with their sub-domains).
    public var signUpDomains: [String]
    /// The programme team's public mailbox, told of each message of the contact form.
    public var contactMailbox: EmailAddress?
    /// How notifications are sent (`TALENTS_MAIL_…`).
    public var notifications: NotificationSettings
    /// The retention job's periods (`TALENTS_RETENTION_…`, `TALENTS_INACTIVITY_DAYS`).
    public var retention: RetentionSettings

    /// Reads the configuration of `invocation` (its flags first, then `environment`).
    /// - Parameter defaultBaseURL: the base URL when none is given; by default
    ///   `http://TALENTS_HOST:TALENTS_PORT` (127.0.0.1 and 8080 when unset), which `talents-api`
    ///   also listens on.
    /// - Throws: ``UsageError`` or ``ConfigurationError`` naming the flag or variable that does not read.
    public init(_ invocation: CommandInvocation, environment: Environment, defaultBaseURL: String? = nil) throws {
        databasePath = try invocation.value("db", as: .string, environment: environment) ?? TalentsDatabase.defaultPath
        let fallbackURL = try defaultBaseURL ?? Self.listenURL(environment: environment)
        baseURL = try invocation.value("base-url", as: .httpURL, environment: environment) ?? fallbackURL
        publicServices =
            try invocation.value("public-services", as: .publicServices, environment: environment)
            ?? [.state]
        creditRate = try invocation.value("credits-per-hour", as: .creditRate, environment: environment) ?? .standard
        clockFile = try invocation.value("clock-file", as: .string, environment: environment)
        signUpDomains =
            try invocation.value("signup-domains", as: .domains, environment: environment)
            ?? SignUpRules.defaultDomains
        contactMailbox = try invocation.value("contact-mailbox", as: .emailAddress, environment: environment)
        notifications = try NotificationSettings(
            environment: environment, databasePath: databasePath,
            baseURL: baseURL)
        retention = try RetentionSettings(invocation, environment: environment)
    }

    /// `http://TALENTS_HOST:TALENTS_PORT`, the address `talents-api` listens on by default.
    static func listenURL(environment: Environment) throws -> String {
        let host = environment.string("TALENTS_HOST") ?? "127.0.0.1"
        let port = try environment.port("TALENTS_PORT") ?? 8080
        return "http://\(host):\(port)"
    }

    /// The policies of the use cases.
    public var workflows: Workflows.Configuration {
        Workflows.Configuration(
            administrationRules: AdministrationRules(enabledPublicServices: publicServices),
            recognition: RecognitionConfiguration(rate: creditRate, baseURL: baseURL),
            signUpRules: SignUpRules(allowedDomains: signUpDomains), contactMailbox: contactMailbox,
            mailFolder: notifications.mailFolder)
    }

    /// The clock: the clock file's when given, else the system's.
    /// - Throws: ``FileClockError`` when the file holds no instant.
    public func clock() throws -> any WallClock {
        guard let clockFile else { return SystemClock() }
        return try FileClock(path: clockFile)
    }

    /// What an operator checks of the configuration, the same from every executable (secrets and
    /// personal data left out: none is configured here).
    public var summary: [String: String] {
        [
            "databasePath": databasePath, "baseURL": baseURL,
            "publicServices": publicServices.map(\.rawValue).sorted().joined(separator: ","),
            "creditsPerHour": String(creditRate.creditsPerHour), "clockFile": clockFile ?? "",
            "signUpDomains": signUpDomains.joined(separator: ","), "contactMailbox": contactMailbox?.value ?? "",
            "mailTransport": Self.summary(of: notifications.transport), "mailSender": notifications.sender.address,
            "messageIDDomain": notifications.messageIDDomain,
            "retentionMessageDays": String(retention.messageDays),
            "retentionSignInDays": String(retention.signInDays),
            "retentionIdempotencyHours": String(retention.idempotencyHours),
            "retentionStudentDays": String(retention.studentDays), "inactivityDays": String(retention.inactivityDays)
        ]
    }

    /// Prints ``summary`` as key-sorted JSON: what `talents-api --print-configuration` and
    /// `talents-admin config` show, the same for the same flags and environment.
    public func print(to context: CommandContext) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        context.output.write(String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n")
    }

    private static func summary(of transport: NotificationSettings.Transport) -> String {
        switch transport {
        case .maildir(let folder): "maildir \(folder)"
        case .smtp(let relay): "smtp \(relay.host):\(relay.port)"
        }
    }
}
