import Foundation
import Testing

@testable import AppTestSupport

/// Each persona in headless Chromium on the demo data (`scripts/web-tour.py`): signed in by the
/// e-mailed link, through the pages of their tasks (docs/guide.md) without an accessibility
/// violation at desktop and phone widths, and one task done by clicking through its forms, whose
/// effect is then read in the database.
@Suite struct WebTourTests {
    @Test func eachPersonaWalksTheirPagesAndDoesATaskInChromium() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let count = { (sql: String) in Int(try fixture.sql(sql)) ?? -1 }
        let withdrawn = "SELECT count(*) FROM applications WHERE status = 'withdrawn'"
        let cancelled = "SELECT count(*) FROM mission_orders WHERE cancelled_at IS NOT NULL"
        let deactivated = "SELECT count(*) FROM users WHERE deactivated_at IS NOT NULL"
        let invited = "SELECT count(*) FROM invitations"
        let before = try [withdrawn, cancelled, deactivated, invited].map(count)
        let shots = ProcessInfo.processInfo.environment["TALENTS_WEB_SCREENSHOTS"].map { [$0] } ?? []
        let run = try Subprocess.script("web-tour.py", [fixture.server.baseURL, fixture.database] + shots)
        #expect(run.status == 0, "scripts/web-tour.py (run scripts/setup first):\n\(run.output)\(run.errorOutput)")
        #expect(run.output.components(separatedBy: ": done").count - 1 == 5, "\(run.output)")
        let after = try [withdrawn, cancelled, deactivated, invited].map(count)
        #expect(
            zip(before, after).allSatisfy { $1 == $0 + 1 },
            "withdrawn, cancelled, deactivated, invited: \(before) → \(after)")
        // each by the persona who may: the audit trail names them
        let talent = fixture.member(.talent).id
        #expect(
            try fixture.sql(
                "SELECT actor FROM audit_events WHERE action = 'application.withdrawn' ORDER BY id DESC LIMIT 1")
                == "user:\(talent)")
    }
}
