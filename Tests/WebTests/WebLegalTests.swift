import Foundation
import Testing

@testable import Web

/// The settings of the legal pages (``WebLegal``): the statuses the law names, and the operator's
/// files, read at each call and only for the three pages.
@Suite struct WebLegalTests {
    @Test func theStatusesAreTheThreeTheLawNames() {
        #expect(
            WebLegal.Compliance.allCases.map(\.label) == [
                "totalement conforme", "partiellement conforme", "non conforme"
            ])
        #expect(WebLegal().accessibility == .none)
        #expect(WebLegal().dpoContact == WebLegal.unsetDPOContact)
    }

    @Test func aFileOfTheFolderReplacesOnlyItsPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talents-legal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let legal = WebLegal(directory: folder.path)
        #expect(legal.override("mentions-legales") == nil)
        try Data("<p>Hébergeur : X</p>".utf8).write(to: folder.appendingPathComponent("mentions-legales.html"))
        #expect(legal.override("mentions-legales").map { String(describing: $0) } == "<p>Hébergeur : X</p>")
        try Data("<p>Hébergeur : Y</p>".utf8).write(to: folder.appendingPathComponent("mentions-legales.html"))
        #expect(legal.override("mentions-legales").map { String(describing: $0) } == "<p>Hébergeur : Y</p>")
        // Only the three pages' names are read: no other file of the folder, nothing outside it.
        try Data("secret".utf8).write(to: folder.appendingPathComponent("autre.html"))
        #expect(legal.override("autre") == nil && legal.override("../autre") == nil)
        #expect(WebLegal().override("mentions-legales") == nil)
    }
}
