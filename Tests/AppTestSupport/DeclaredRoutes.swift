import Foundation
import HTTP
import Persistence
import TestSupport
import Web
import Workflows

@testable import API

/// The routes `talents-api` declares, read from its router (the executable target is testable),
/// as `METHOD /template` operations comparable with the OpenAPI document.
enum DeclaredRoutes {
    /// Every declared operation. The router is built over a throw-away database that no
    /// handler ever touches.
    static func all() throws -> Set<Operation> {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let workflows = Workflows(database: try DatabasePool(path: directory.path("routes.sqlite")))
        return Set(router(workflows).routes.map { Operation($0.method.rawValue, $0.path) })
    }

    /// The web front's HTML pages, declared apart (``APIRouter/pages``): outside the JSON
    /// contract and the authorization matrix, tested by WebFrontTests.
    static func pages() throws -> Set<Operation> {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let workflows = Workflows(database: try DatabasePool(path: directory.path("routes.sqlite")))
        return Set(router(workflows).pages.map { Operation($0.method.rawValue, $0.path) })
    }

    /// The router as `talents-api` mounts it: the JSON routes and the web front's pages.
    private static func router(_ workflows: Workflows) -> APIRouter {
        var router = APIRoutes.router(workflows: workflows)
        WebRoutes.add(to: &router, signInLinks: SignInLinkQueue(workflows: workflows))
        return router
    }
}

/// One operation of the API: a method on a path template such as `/v1/missions/{id}`.
struct Operation: Hashable, Comparable, CustomStringConvertible, Sendable {
    let method: String
    let path: String

    init(_ method: String, _ path: String) {
        self.method = method.uppercased()
        self.path = path
    }

    var description: String { "\(method) \(path)" }

    static func < (lhs: Operation, rhs: Operation) -> Bool {
        (lhs.path, lhs.method) < (rhs.path, rhs.method)
    }
}
