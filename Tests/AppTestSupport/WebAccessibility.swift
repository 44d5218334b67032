import Foundation
import TestSupport
import Testing

/// axe-core in headless Chromium over pages of a running server (`scripts/web-axe.py`), against
/// the WCAG 2.1 A and AA rules.
enum WebAccessibility {
    /// Checks each of `paths` as `browser`'s signed-in user (or as a visitor when it has no
    /// session); a violation or a page without `h1` fails the test with axe-core's report.
    static func expectNoViolations(
        _ paths: [String], browser: WebBrowser,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let cookie = browser.cookies["talents_session"].map { "talents_session=\($0)" } ?? "-"
        let result = try Subprocess.script("web-axe.py", [browser.server.baseURL, cookie] + paths)
        #expect(
            result.status == 0, "scripts/web-axe.py (run scripts/setup first):\n\(result.output)\(result.errorOutput)",
            sourceLocation: sourceLocation)
        #expect(
            result.output.components(separatedBy: "checked ").count - 1 == paths.count, "\(result.output)",
            sourceLocation: sourceLocation)
    }

    /// Checks pages already fetched — forms re-rendered with their errors (answers to a POST, which
    /// no GET reaches), pages of a user without a session in the browser — by name: each is saved
    /// as a file whose stylesheet and logo still come from `server`; one Chromium for them all.
    static func expectNoViolations(
        documents: [String: String], server: APIServerProcess,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let names = documents.keys.sorted()
        for name in names {
            let html = documents[name]!.replacingOccurrences(of: "=\"/assets/", with: "=\"\(server.baseURL)/assets/")
            try Data(html.utf8).write(to: URL(fileURLWithPath: directory.path("\(name).html")))
        }
        let result = try Subprocess.script(
            "web-axe.py", ["file://" + directory.url.path, "-"] + names.map { "/\($0).html" })
        #expect(
            result.status == 0, "scripts/web-axe.py:\n\(result.output)\(result.errorOutput)",
            sourceLocation: sourceLocation)
        #expect(
            result.output.components(separatedBy: "checked ").count - 1 == names.count, "\(result.output)",
            sourceLocation: sourceLocation)
    }
}
