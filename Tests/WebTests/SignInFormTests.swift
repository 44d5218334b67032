import Foundation
import Persistence
import Testing

@testable import AppTestSupport

/// The sign-in form answers before any lookup (issue 15): the same work, hence the same time,
/// whether or not the address has an account; the link is made after the answer.
@Suite struct SignInFormTests {
    @Test func theSignInFormAnswersBeforeAnyLookupAndKeepsItsLimit() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let known = "talent1@numerique.gouv.fr"
        // Hold the database's writer: an answer that looked the address up and wrote a link
        // would wait for it; this one must not (the link is made after the answer, for both).
        let pool = try TalentsDatabase.open(path: world.database)
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? pool.write { _ in
                holding.signal()
                release.wait()
            }
        }
        holding.wait()
        let browser = WebBrowser(world.server)
        /// The form, then its answer for `email`.
        func request(_ email: String) throws -> HTTPClient.Response {
            try browser.get("/connexion")
            return try browser.post("/connexion", [("email", email)])
        }
        let started = Date()
        let answers = try [known, "personne@numerique.gouv.fr"].map(request)
        let linksWhileHeld = try WebBrowser.linkCount(world.database)
        release.signal()
        #expect(Date().timeIntervalSince(started) < 4, "answered without waiting for the writer (5 s busy timeout)")
        #expect(answers.map(\.status) == [200, 200])
        #expect(
            answers[0].text.replacingOccurrences(of: "talent1@", with: "X@")
                == answers[1].text.replacingOccurrences(of: "personne@", with: "X@"))
        #expect(linksWhileHeld == 0, "no link was made before the answers")
        try WebBrowser.waitForLinks(world.database, to: known, count: 1)

        // Still at most five links per account within a link's lifetime: six more requests, then
        // one for another account, which the queue handles after them.
        for _ in 0..<6 { #expect(try request(known).status == 200) }
        #expect(try request("owner@numerique.gouv.fr").status == 200)
        try WebBrowser.waitForLinks(world.database, to: "owner@numerique.gouv.fr", count: 1)
        #expect(try WebBrowser.linkCount(world.database, to: known) == 5)
        #expect(try WebBrowser.linkCount(world.database) == 6)
    }
}
