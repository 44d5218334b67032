import API
import Demo
import Domain
import Foundation
import HTTP
import Persistence
import TestSupport
import Web
import Workflows

/// The web front in process: the demo dataset in a temporary database, the router as
/// `talents-api` mounts it (JSON routes and pages), and requests handed to it as bytes. People
/// sign in as the single-sign-on proxy vouches for them (from 127.0.0.1), so a test needs no
/// e-mailed link.
final class WebInProcess {
    /// The demo's clock: every page reads this date as today.
    static let today = Instant(millisecondsSinceEpoch: 1_780_000_000_000)

    let directory: TemporaryDirectory
    let database: DatabasePool
    let workflows: Workflows
    private let responder: APIResponder

    init() throws {
        directory = try TemporaryDirectory("web-in-process")
        database = try TalentsDatabase.open(path: directory.path("talents.sqlite"))
        let clock = FixedClock(Self.today)
        try DemoSeed.run(on: database, clock: clock)
        workflows = Workflows(database: database, clock: clock)
        var router = APIRoutes.router(workflows: workflows)
        WebRoutes.add(
            to: &router, singleSignOn: WebSingleSignOn(proxies: ["127.0.0.1"], header: "X-Forwarded-Email"),
            signInLinks: SignInLinkQueue(workflows: workflows))
        responder = router.responder
    }

    func close() {
        directory.remove()
    }

    /// A demo user holding `role` (the first by id).
    func user(holding role: Role) throws -> User {
        guard let user = try users(holding: role).first else {
            throw WebInProcessError(reason: "no demo user holds \(role)")
        }
        return user
    }

    /// The demo users holding `role`, by id.
    func users(holding role: Role) throws -> [User] {
        try database.read { try UserStore($0).all() }.filter { $0.roles.contains(role) }.sorted { $0.id < $1.id }
    }

    /// An agreement drawn from one of the demo's accepted applications (the demo has none),
    /// signed by its three parties, with its mission order issued: through the use cases, as the
    /// command line and the parties would.
    func signedAgreementWithOrder() throws -> (agreement: AgreementView, order: MissionOrder) {
        let accepted = try workflows.applications(
            matching: ApplicationSearch(statuses: [.accepted], limit: 50),
            by: .commandLine
        ).items
        for listed in accepted {
            let application = listed.application
            _ = try? workflows.confirmEmployment(of: application.talentID, expectedRevision: nil, by: .commandLine)
            let mission = try workflows.agreementDraft(for: application.id, by: .commandLine).mission
            let terms = AgreementTerms(
                objectives: "Auditer l'accessibilité du portail.", deliverables: "Un rapport d'audit.",
                hoursBudget: 14, dates: mission.details.window, workMode: .hybrid)
            // An application whose talent names no line manager with an account is passed over.
            guard let drafted = try? workflows.createAgreement(from: application.id, terms: terms, by: .commandLine)
            else {
                continue
            }
            let parties = drafted.agreement.parties
            for id in [parties.talentUserID, parties.lineManagerID, parties.ownerID].compactMap({ $0 }) {
                guard let user = try database.read({ try UserStore($0).find(id) }) else { continue }
                _ = try workflows.signAgreement(drafted.agreement.id, expectedRevision: nil, by: .user(user))
            }
            let order = try workflows.issueMissionOrder(for: drafted.agreement.id, dates: terms.dates, by: .commandLine)
            return (try workflows.agreement(drafted.agreement.id, by: .commandLine), order.value)
        }
        throw WebInProcessError(reason: "no accepted application of the demo can be drawn into an agreement")
    }

    /// The answer to `GET path`, signed in as `user` when given.
    func get(_ path: String, as user: User? = nil) throws -> Page {
        try send("GET", path, as: user)
    }

    /// The answer to a request of `method` on `path` with `headers`, signed in as `user` when given.
    func send(
        _ method: String, _ path: String, as user: User? = nil, headers: [(String, String)] = [],
        body: String = ""
    ) throws -> Page {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
        if let user { head += "X-Forwarded-Email: \(user.email.value)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.utf8.count)\r\n\r\n"
        guard let request = HTTPRequest(message: Array((head + body).utf8), peerAddress: "127.0.0.1") else {
            throw WebInProcessError(reason: "not a request: \(method) \(path)")
        }
        guard case .response(let response) = try responder.respond(to: request) else {
            throw WebInProcessError(reason: "a page deferred its answer")
        }
        return Page(
            status: response.status.code, contentType: response.headers["Content-Type"] ?? "",
            location: response.headers["Location"], text: String(decoding: response.body, as: UTF8.self))
    }

    /// An answer, with its HTML read.
    struct Page {
        let status: Int
        let contentType: String
        let location: String?
        let text: String

        /// The document's structure, or an error naming the first fault.
        func document() throws -> HTMLOutline {
            try HTMLOutline(text)
        }
    }
}

struct WebInProcessError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
