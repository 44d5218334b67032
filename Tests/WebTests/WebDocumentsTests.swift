import Domain
import Foundation
import Persistence
import Testing
import Workflows

@testable import AppTestSupport

/// The documents of an engagement (issue 20) on the real binary and the demo data: the print
/// pages of the agreement, its mission order and the certificate of the completed mission say
/// what the use case's ``PrintableDocument`` says (read on the same database file); the PDF of
/// each passes `qpdf --check`, gives back the same French text through `pdftotext`, and its
/// download is audited; a stranger to the agreement gets neither; axe-core finds nothing to fix
/// on the print pages.
@Suite(.serialized) struct WebDocumentsTests {
    @Test func theThreeDocumentsPrintAndDownloadAsTheModelSays() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let agreement = try EngagementRecords.engagement(fixture, .completed).id
        let order = try fixture.sql("SELECT id FROM mission_orders WHERE agreement_id = \(agreement)")
        let diploma = try fixture.sql("SELECT public_id FROM badge_assertions WHERE agreement_id = \(agreement)")
        try #require(!order.isEmpty && !diploma.isEmpty, "the completed engagement has its order and diploma")

        // The documents as the use cases build them, on the same database file.
        let workflows = Workflows(database: try TalentsDatabase.open(path: fixture.database))
        let documents: [(page: String, pdf: String, document: PrintableDocument, filename: String)] = [
            (
                "/conventions/\(agreement)/version-imprimable", "/conventions/\(agreement)/convention.pdf",
                try workflows.agreementDocument(AgreementID(Int64(agreement)), by: .commandLine),
                "convention-\(agreement).pdf"
            ),
            (
                "/ordres-de-mission/\(order)/version-imprimable", "/ordres-de-mission/\(order)/ordre-de-mission.pdf",
                try workflows.missionOrderDocument(MissionOrderID(Int64(order)!), by: .commandLine),
                ""
            ),
            (
                "/diplomes/\(diploma)/attestation", "/diplomes/\(diploma)/attestation.pdf",
                try workflows.completionCertificate(diploma, by: .commandLine), "attestation-\(agreement).pdf"
            )
        ]
        let certificate = documents[2].document
        #expect(
            certificate.value(of: "Adresse de vérification")?.hasSuffix("/badges/assertions/\(diploma)/verification")
                == true)
        #expect(
            documents[0].document.sections.map(\.heading) == [
                "Référence", "Parties", "Conditions", "Signatures", "Ordre de mission", "Fin de la convention"
            ])
        #expect(documents[1].document.filename.hasPrefix("ordre-de-mission-om-"))

        let talent = WebBrowser(fixture.server)
        try talent.signIn(fixture.member(.talent).email, database: fixture.database)
        // Reachable from the pages they belong to.
        let agreementPage = try talent.get("/conventions/\(agreement)").text
        #expect(
            agreementPage.contains("href=\"\(documents[0].page)\"")
                && agreementPage.contains("href=\"\(documents[0].pdf)\""))
        #expect(
            agreementPage.contains("href=\"\(documents[2].page)\""), "the completed agreement links its certificate")
        let orderPage = try talent.get("/ordres-de-mission/\(order)").text
        #expect(
            orderPage.contains("href=\"\(documents[1].page)\"") && orderPage.contains("href=\"\(documents[1].pdf)\""))
        let distinctions = try talent.get("/mes-distinctions").text
        #expect(
            distinctions.contains("href=\"\(documents[2].page)\"")
                && distinctions.contains("href=\"\(documents[2].pdf)\""))

        for (page, _, document, _) in documents {
            let response = try talent.get(page)
            #expect(response.status == 200, "\(page)")
            let html = response.text
            #expect(html.contains("<h1 id=\"document-titre\">\(Self.escape(document.title))</h1>"), "\(page)")
            #expect(html.contains(Self.escape(document.summary)), "\(page)")
            for section in document.sections {
                #expect(html.contains("<h2>\(Self.escape(section.heading))</h2>"), "\(page): \(section.heading)")
                for line in section.lines {
                    #expect(
                        html.contains("<dt>\(Self.escape(line.label))</dt><dd>\(Self.escape(line.value))</dd>"),
                        "\(page): \(line.label)")
                }
            }
            #expect(html.contains("dsfr.print.min.css\" media=\"print\""), "the DSFR print rules")
        }

        // A stranger to the agreement — another talent, a referent of another administration —
        // finds neither the pages nor the files, as they do not find the agreement.
        let strangers = [
            try fixture.sql(
                """
                SELECT u.email FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'talent'
                WHERE u.id <> \(fixture.member(.talent).id) AND u.id NOT IN (SELECT user_id FROM user_roles WHERE role <> 'talent')
                ORDER BY u.id LIMIT 1
                """),
            try fixture.sql(
                """
                WITH RECURSIVE up(id) AS (SELECT employer_id FROM agreements WHERE id = \(agreement)
                    UNION ALL SELECT a.parent_id FROM administrations a JOIN up ON a.id = up.id WHERE a.parent_id IS NOT NULL)
                SELECT u.email FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'referent'
                WHERE coalesce(u.administration_id, 0) NOT IN (SELECT id FROM up)
                AND u.id NOT IN (SELECT user_id FROM user_roles WHERE role = 'operator') ORDER BY u.id LIMIT 1
                """)
        ]
        for email in strangers {
            try #require(!email.isEmpty, "the demo has strangers to the agreement")
            let stranger = WebBrowser(fixture.server)
            try stranger.signIn(email, database: fixture.database)
            for (page, pdf, _, _) in documents {
                #expect(try stranger.get(page).status == 404, "\(email) \(page)")
                #expect(try stranger.get(pdf).status == 404, "\(email) \(pdf)")
            }
        }
        #expect(try fixture.sql("SELECT count(*) FROM audit_events WHERE action LIKE 'download.%'") == "0")

        try WebAccessibility.expectNoViolations(documents.map(\.page), browser: talent)

        // With TALENTS_DOCUMENT_SHOTS=<folder>, the print views as screenshots (docs/web/).
        if let folder = ProcessInfo.processInfo.environment["TALENTS_DOCUMENT_SHOTS"] {
            let cookie = talent.cookies["talents_session"].map { "talents_session=\($0)" } ?? "-"
            let names = ["convention-imprimable", "ordre-de-mission-imprimable", "attestation-imprimable"]
            let shots = try Subprocess.script(
                "document-shots.py",
                [fixture.server.baseURL, cookie, folder] + zip(names, documents).map { "\($0)=\($1.page)" })
            #expect(shots.status == 0, "\(shots.output)\(shots.errorOutput)")
        }
    }

    /// `text` as the pages escape it.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
