import Foundation
import Testing

/// The web front in a real browser: `scripts/web-journey.py` drives headless Chromium through the
/// first slice (sign in by the link, search, open the mission, apply; the owner finds the
/// application to answer) and checks every page it
/// visits with axe-core (WCAG 2.1 A/AA). Chromium, chromedriver, Selenium and axe-core-python
/// come from scripts/setup.
@Suite struct WebJourneyTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/web-journey.py").path

    @Test func aTalentSignsInSearchesAndAppliesInChromiumWithoutAccessibilityViolations() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let title = "Revue d'accessibilité du portail des démarches"
        _ = try world.publishedMission(title: title)
        _ = try world.publishedMission(title: "Sécurisation de l'API des rendez-vous")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script, world.server.baseURL, world.database, "talent1@numerique.gouv.fr",
                             "owner@numerique.gouv.fr", "accessibilité", title]
            // Screenshots at desktop and phone widths only on demand (docs/web/ holds a few).
            + (ProcessInfo.processInfo.environment["TALENTS_WEB_SCREENSHOTS"].map { [$0] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/web-journey.py (run scripts/setup first):\n\(text)")
        #expect(text.components(separatedBy: "checked ").count - 1 == 7, "\(text)")
        #expect(try world.sql("SELECT count(*) FROM applications") == "1")
    }
}
