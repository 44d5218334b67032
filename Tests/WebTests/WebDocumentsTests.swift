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
        // (the server's diplomas are verified under its own address)
        let workflows = Workflows(
            database: try TalentsDatabase.open(path: fixture.database),
            configuration: .init(recognition: RecognitionConfiguration(baseURL: fixture.server.baseURL)))
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

        // The PDF of each: qpdf accepts it, pdftotext gives back the model's French text, the
        // download is audited once with its record as subject.
        for (_, pdf, document, filename) in documents {
            let response = try talent.get(pdf)
            #expect(response.status == 200, "\(pdf)")
            #expect(response.headers["content-type"] == "application/pdf")
            #expect(
                response.headers["content-disposition"] == "attachment; filename=\"\(document.filename)\"", "\(pdf)")
            if !filename.isEmpty { #expect(document.filename == filename) }
            let file = try PDFReaders.save(response.body)
            defer { try? FileManager.default.removeItem(at: file) }
            if let folder = ProcessInfo.processInfo.environment["TALENTS_DOCUMENT_SHOTS"] {
                try response.body.write(to: URL(fileURLWithPath: folder).appendingPathComponent(document.filename))
            }
            let check = try PDFReaders.run("/usr/bin/qpdf", ["--check", file.path])
            #expect(check.status == 0, "qpdf --check \(pdf): \(check.output)\(check.error)")
            let text = try PDFReaders.text(file)
            var expected = [document.title, document.summary, document.colophon]
            for section in document.sections {
                expected.append(section.heading)
                expected += section.paragraphs
                expected += section.lines.map { "\($0.label) : \($0.value)" }
            }
            for piece in expected {
                #expect(text.contains(PDFReaders.collapsed(piece)), "\(pdf) lacks «\(piece)» in:\n\(text)")
            }
            let info = try PDFReaders.run("/usr/bin/pdfinfo", [file.path]).output
            #expect(info.contains("Title:") && info.contains(document.title), "\(info)")
            #expect(info.contains("Author:") && info.contains(document.author), "\(info)")
            #expect(
                try fixture.sql(
                    """
                    SELECT count(*) FROM audit_events WHERE action = 'download.\(document.kind.rawValue)'
                    AND subject_type = '\(document.subject.type)' AND subject_id = \(document.subject.id)
                    AND actor = 'user:\(fixture.member(.talent).id)'
                    """) == "1", "\(pdf)")
        }
        let downloads = "SELECT count(*) FROM audit_events WHERE action LIKE 'download.%'"
        #expect(try fixture.sql(downloads) == "3")

        // The JSON API serves the same file to the referent, audited too.
        let api = try fixture.server.send(
            "GET", "/v1/mission-orders/\(order)/document.pdf", token: fixture.token(.referent))
        #expect(api.status == 200 && api.headers["content-type"] == "application/pdf")
        let apiFile = try PDFReaders.save(api.body)
        defer { try? FileManager.default.removeItem(at: apiFile) }
        #expect(
            try PDFReaders.text(apiFile).contains(
                PDFReaders.collapsed("Référence : \(documents[1].document.reference)")))
        #expect(try fixture.sql(downloads) == "4")

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
        #expect(try fixture.sql(downloads) == "4", "a refused download is not audited")

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

/// The real PDF readers, `qpdf` and poppler-utils' `pdftotext` and `pdfinfo` (scripts/setup).
enum PDFReaders {
    /// `bytes` in a temporary file.
    static func save(_ bytes: Data) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("document-\(UUID().uuidString).pdf")
        try bytes.write(to: file)
        return file
    }

    /// Runs `tool` with `arguments`: its status, output and error output.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// The text of `file` as `pdftotext -enc UTF-8` gives it, each page's "Page i sur n" footer
    /// removed and white space (no-break spaces included) collapsed.
    static func text(_ file: URL) throws -> String {
        let result = try run("/usr/bin/pdftotext", ["-enc", "UTF-8", file.path, "-"])
        #expect(result.status == 0, "pdftotext: \(result.error)")
        let pages = result.output.components(separatedBy: "\u{0C}").map(collapsed).filter { !$0.isEmpty }
        return pages.enumerated().map { index, page in
            let footer = "Page \(index + 1) sur \(pages.count)"
            #expect(page.hasSuffix(footer), "page \(index + 1) ends with its footer")
            return page.hasSuffix(footer) ? String(page.dropLast(footer.count)) : page
        }.map(collapsed).joined(separator: " ")
    }

    /// `text` with every run of white space, no-break spaces included, as one space.
    static func collapsed(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }
}
