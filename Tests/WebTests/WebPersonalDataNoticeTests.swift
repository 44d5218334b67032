import Domain
import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `/donnees-personnelles` says the register in plain French with the periods the server is
/// configured with (`TALENTS_RETENTION_…`, `TALENTS_INACTIVITY_DAYS`) and the configured contact
/// of the data protection officer; axe-core finds nothing on it.
@Suite struct WebPersonalDataNoticeTests {
    @Test func thePublicPageStatesTheProcessingsAndTheConfiguredPeriods() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        let server = try APIServerProcess(
            database: world.database,
            environment: [
                "TALENTS_DPO_CONTACT": "dpd-talents@numerique.gouv.fr", "TALENTS_INACTIVITY_DAYS": "730",
                "TALENTS_RETENTION_MESSAGE_DAYS": "45", "TALENTS_RETENTION_STUDENT_DAYS": "200",
                "TALENTS_CLOCK_FILE": world.clockFile, "TALENTS_JOBS_INTERVAL_SECONDS": "0"
            ])
        defer { server.stop() }
        let browser = WebBrowser(server)
        let page = try browser.get("/donnees-personnelles")
        #expect(page.status == 200)
        let text = page.text
        // Every processing of the register, by name, with its legal basis and who sees it.
        let configured = RetentionSettings(messageDays: 45, studentDays: 200, inactivityDays: 730)
        for processing in PersonalDataRegister.processings(configured) {
            #expect(text.contains("<th scope=\"row\">\(processing.name)</th>"), "\(processing.id)")
            #expect(text.contains(processing.retention.french), "\(processing.id): \(processing.retention.french)")
            #expect(text.contains(processing.recipients), "\(processing.id)")
        }
        // The configured periods, not the defaults.
        #expect(text.contains("anonymisé après 2 ans sans connexion") && !text.contains("après 3 ans"))
        #expect(text.contains("45 jours après l’envoi") && !text.contains("90 jours après l’envoi"))
        #expect(text.contains("200 jours après la journée de l’édition"))
        #expect(text.contains("30 jours après la fin du lien"))
        #expect(text.contains("mission d’intérêt public (article 6.1.e du RGPD)"))
        #expect(text.contains("votre accord (article 6.1.a du RGPD)"))
        // The rights, how to exercise them, and the contact.
        #expect(text.contains("href=\"/mes-donnees\""))
        #expect(text.contains("dpd-talents@numerique.gouv.fr"))
        #expect(text.contains("<caption>Traitements de données personnelles</caption>"))
        #expect(text.components(separatedBy: "<h1>").count == 2)
        try WebAccessibility.expectNoViolations(["/donnees-personnelles"], browser: browser)
    }

    @Test func withoutSettingsThePageStatesTheDefaultsAndAVisibleMissingContact() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        let text = try WebBrowser(world.server).get("/donnees-personnelles").text
        #expect(text.contains("anonymisé après 3 ans sans connexion"))
        #expect(text.contains("90 jours après l’envoi") && text.contains("1 an après la journée de l’édition"))
        #expect(text.contains("24 heures"))
        #expect(text.contains("TALENTS_DPO_CONTACT"))
    }
}
