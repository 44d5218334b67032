import Foundation
import Testing

@testable import AppTestSupport

/// One configuration for every executable (issue 16): `talents-api` and `talents-admin`, given the
/// same environment, read the same database, base URL, public services, credits per hour, clock
/// and mail settings — so a use case run from the command line applies the API's policies.
@Suite struct RuntimeConfigurationTests {
    @Test func theAPIAndTheCommandLineReadTheSameConfigurationFromTheSameEnvironment() throws {
        let environments: [[String: String]] = [
            [:],
            ["TALENTS_PORT": "9000"],
            [
                "TALENTS_DB": "/srv/talents/talents.sqlite", "TALENTS_BASE_URL": "https://talents.numerique.gouv.fr",
                "TALENTS_CREDITS_PER_HOUR": "5", "TALENTS_PUBLIC_SERVICES": "state,hospital",
                "TALENTS_CLOCK_FILE": "/tmp/clock", "TALENTS_MAIL_TRANSPORT": "smtp",
                "TALENTS_MAIL_SMTP_HOST": "relay.gouv.fr",
                "TALENTS_MAIL_SMTP_PORT": "2525", "TALENTS_MAIL_FROM": "Talents <ne-pas-repondre@numerique.gouv.fr>",
                "TALENTS_SIGNUP_DOMAINS": "gouv.fr, Culture.FR", "TALENTS_INACTIVITY_DAYS": "730",
                "TALENTS_RETENTION_MESSAGE_DAYS": "30", "TALENTS_CONTACT_MAILBOX": "Talents@Numerique.gouv.fr"
            ]
        ]
        var printed: [String] = []
        for environment in environments {
            let api = try Subprocess.run("talents-api", ["--print-configuration"], environment: environment)
            let admin = try Subprocess.run("talents-admin", ["config"], environment: environment)
            #expect(api.status == 0 && admin.status == 0, "\(api.errorOutput)\(admin.errorOutput)")
            #expect(api.output == admin.output, "the same configuration for \(environment)")
            printed.append(api.output)
        }
        let defaults = try #require(try JSONSerialization.jsonObject(with: Data(printed[0].utf8)) as? [String: String])
        #expect(defaults["baseURL"] == "http://127.0.0.1:8080" && defaults["creditsPerHour"] == "1")
        #expect(defaults["databasePath"] == "data/talents.sqlite" && defaults["publicServices"] == "state")
        #expect(defaults["signUpDomains"] == "gouv.fr")
        #expect(
            printed[1].contains("\"baseURL\" : \"http://127.0.0.1:9000\""), "the default base URL follows TALENTS_PORT")
        let deployed = try #require(try JSONSerialization.jsonObject(with: Data(printed[2].utf8)) as? [String: String])
        #expect(
            deployed == [
                "databasePath": "/srv/talents/talents.sqlite", "baseURL": "https://talents.numerique.gouv.fr",
                "publicServices": "hospital,state", "creditsPerHour": "5", "clockFile": "/tmp/clock",
                "mailTransport": "smtp relay.gouv.fr:2525", "mailSender": "ne-pas-repondre@numerique.gouv.fr",
                "messageIDDomain": "talents.numerique.gouv.fr", "signUpDomains": "gouv.fr,culture.fr",
                "retentionMessageDays": "30", "retentionSignInDays": "30", "retentionIdempotencyHours": "24",
                "retentionStudentDays": "365", "inactivityDays": "730",
                "contactMailbox": "talents@numerique.gouv.fr"
            ])
        // A value that does not read is refused the same way by both.
        let bad = ["TALENTS_CREDITS_PER_HOUR": "cinq"]
        let api = try Subprocess.run("talents-api", ["--print-configuration"], environment: bad)
        let admin = try Subprocess.run("talents-admin", ["config"], environment: bad)
        #expect(api.status != 0 && admin.status != 0)
        #expect(
            api.errorOutput.contains("TALENTS_CREDITS_PER_HOUR")
                && admin.errorOutput.contains("TALENTS_CREDITS_PER_HOUR"))
        let badDomains = try Subprocess.run(
            "talents-api", ["--print-configuration"],
            environment: ["TALENTS_SIGNUP_DOMAINS": "gouv.fr,*.evil"])
        #expect(badDomains.status != 0 && badDomains.errorOutput.contains("TALENTS_SIGNUP_DOMAINS"))
    }
}
