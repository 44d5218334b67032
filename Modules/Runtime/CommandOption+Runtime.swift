public import Domain
public import Gamification
import Persistence
public import Support

// The settings of ``RuntimeConfiguration`` as flags and environment variables, declared once for
// the three executables.

extension CommandOption {
    /// `--db path` or `TALENTS_DB`: the database file.
    public static let database = CommandOption.value(
        "db", placeholder: "path", help: "Database file (default \(TalentsDatabase.defaultPath)).",
        environment: "TALENTS_DB")

    /// `--base-url url` or `TALENTS_BASE_URL`: the public URL that links, diplomas and e-mails start with.
    public static let baseURL = CommandOption.value(
        "base-url", placeholder: "url",
        help: "Public URL used in links, diplomas and e-mails (default http://TALENTS_HOST:TALENTS_PORT, "
            + "that is http://127.0.0.1:8080).",
        environment: "TALENTS_BASE_URL")

    /// `--public-services state,territorial` or `TALENTS_PUBLIC_SERVICES`: the public services
    /// open on the platform (state only by default; territorial and hospital by configuration).
    public static let publicServices = CommandOption.value(
        "public-services", placeholder: "list",
        help: "Public services open on the platform, among state, territorial, hospital (default state).",
        environment: "TALENTS_PUBLIC_SERVICES")

    /// `--signup-domains list` or `TALENTS_SIGNUP_DOMAINS`: the address domains with which an
    /// agent creates their own account (each allows its sub-domains; default gouv.fr).
    public static let signUpDomains = CommandOption.value(
        "signup-domains", placeholder: "list",
        help: "Comma-separated address domains with which agents create their own account, each with its "
            + "sub-domains (default gouv.fr).",
        environment: "TALENTS_SIGNUP_DOMAINS")

    /// `--contact-mailbox address` or `TALENTS_CONTACT_MAILBOX`: the programme team's public
    /// mailbox, where messages of the contact form are announced (unset: the console only).
    public static let contactMailbox = CommandOption.value(
        "contact-mailbox", placeholder: "address",
        help: "The programme team's public mailbox, told of each message of the contact form (default: none, "
            + "the console only).",
        environment: "TALENTS_CONTACT_MAILBOX")

    /// `--clock-file path` or `TALENTS_CLOCK_FILE`: read "now" from a file (tests and rehearsals only).
    public static let clockFile = CommandOption.value(
        "clock-file", placeholder: "path",
        help: "Tests and rehearsals only: read the current time from this file (an RFC 3339 instant).",
        environment: "TALENTS_CLOCK_FILE")

    /// `--credits-per-hour n` or `TALENTS_CREDITS_PER_HOUR`: credits one validated hour moves (default 1).
    public static let creditsPerHour = CommandOption.value(
        "credits-per-hour", placeholder: "n",
        help: "Credits moved per validated hour, a whole number from 1 to 1000 (default 1).",
        environment: "TALENTS_CREDITS_PER_HOUR")
}

extension ValueParser where Value == Set<PublicService> {
    /// A comma-separated list of public services.
    public static var publicServices: Self {
        ValueParser(expectation: "a comma-separated list among state, territorial, hospital") {
            PublicService.set(parsing: $0)
        }
    }
}

extension ValueParser where Value == [String] {
    /// A comma-separated list of domain names.
    public static var domains: Self {
        ValueParser(expectation: "a comma-separated list of domain names, e.g. gouv.fr,culture.fr") {
            SignUpRules.domains(parsing: $0)
        }
    }
}

extension ValueParser where Value == EmailAddress {
    /// An e-mail address.
    public static var emailAddress: Self {
        ValueParser(expectation: "an e-mail address, e.g. contact@talents.gouv.fr") { try? EmailAddress($0) }
    }
}

extension ValueParser where Value == CreditRate {
    /// A whole number of credits per hour.
    public static var creditRate: Self {
        ValueParser(expectation: "a whole number of credits per hour from 1 to 1000") { CreditRate(parsing: $0) }
    }
}
