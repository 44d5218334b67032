import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// 1EdTech's Open Badges 2.0 validator (PyPI `openbadges`, installed in a venv by scripts/setup)
/// run against the real server, offline (scripts/openbadges-verify.py serves the JSON-LD context
/// from the package's own copy; every other fetch goes to our server on 127.0.0.1).
@Suite struct OpenBadgesValidatorTests {
    /// The Python of the venv scripts/setup creates (`TALENTS_OPENBADGES_VENV`, else ~/.cache/talents/openbadges-venv).
    static let python =
        (ProcessInfo.processInfo.environment["TALENTS_OPENBADGES_VENV"]
            ?? FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/talents/openbadges-venv") + "/bin/python"
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/openbadges-verify.py").path
    static let email = "camille.martin@culture.gouv.fr"

    /// The validator's verdict on `target` (an assertion URL or a baked SVG file) for `email`.
    static func validate(_ target: String, email: String = email) throws -> (status: Int32, report: [String: Any]) {
        let python = URL(fileURLWithPath: python)
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no Open Badges validator at \(python.path): run scripts/setup")
            return (-1, [:])
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [script, target, email]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let report = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        if report == nil { Issue.record("validator printed no report: \(errorText)") }
        return (process.terminationStatus, report ?? [:])
    }

    @Test func theValidatorAcceptsTheHostedAssertionAndTheBakedBadge() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let url = fixture.server.baseURL + "/badges/assertions/\(fixture.diplomaID)"
        let valid = try Self.validate(url)
        #expect(valid.status == 0 && valid.report["valid"] as? Bool == true, "\(valid.report)")
        #expect(valid.report["revoked"] as? Bool == false)

        // The recipient hash is checked: another address does not verify.
        let stranger = try Self.validate(url, email: "someone.else@culture.gouv.fr")
        #expect(stranger.status == 1 && stranger.report["valid"] as? Bool == false)

        let baked = try fixture.server.send("GET", "/badges/assertions/\(fixture.diplomaID)/image")
        let file = fixture.directory.path("baked.svg")
        try baked.body.write(to: URL(fileURLWithPath: file))
        let fromImage = try Self.validate(file)
        #expect(fromImage.status == 0 && fromImage.report["valid"] as? Bool == true, "\(fromImage.report)")
    }

    @Test func aRevokedAssertionIsReportedRevoked() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let revoked = try fixture.admin(["badges", "revoke", fixture.diplomaID, "--reason", "Mission non réalisée"])
        #expect(revoked.status == 0, "\(revoked.errorOutput)")
        // The validator does not check revocation of hosted assertions itself (see the script).
        let report = try Self.validate(fixture.server.baseURL + "/badges/assertions/\(fixture.diplomaID)")
        #expect(report.report["revoked"] as? Bool == true, "\(report.report)")
    }
}
