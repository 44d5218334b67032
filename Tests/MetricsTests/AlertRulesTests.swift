import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `docs/prometheus/alerts.yml` as Prometheus reads it: `promtool check rules` accepts it without
/// a warning, and its unit tests (`alerts.test.yml`: the overdue and ledger alerts fire after
/// their `for` and clear) pass.
@Suite struct AlertRulesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/prometheus")

    /// Runs promtool in the rules' directory; returns its exit status and everything it printed.
    private func promtool(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/promtool")
        process.arguments = arguments
        process.currentDirectoryURL = Self.directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func promtoolAcceptsTheRulesWithoutWarnings() throws {
        let (status, output) = try promtool(["check", "rules", "alerts.yml"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("SUCCESS: 7 rules found"), "\(output)")
        #expect(!output.localizedCaseInsensitiveContains("warning"), "\(output)")
    }

    @Test func theOverdueAndLedgerAlertsPassTheirUnitTests() throws {
        let (status, output) = try promtool(["test", "rules", "alerts.test.yml"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("SUCCESS"), "\(output)")
    }
}
