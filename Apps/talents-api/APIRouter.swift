import HTTP
import Workflows

/// Declares the API's routes over the HTTP router, so that every handler receives an
/// ``APIRequest`` and every error is rendered by ``APIProblem``. Keeps the list of routes for the
/// contract and authorization tests.
struct APIRouter {
    /// A declared route.
    struct Route: Hashable, Sendable {
        let method: HTTPMethod
        let path: String
    }

    let workflows: Workflows
    private var router = Router()
    private(set) var routes: [Route] = []

    init(workflows: Workflows) {
        self.workflows = workflows
    }

    /// Routes `method` on `path` to `handler`.
    mutating func on(_ method: HTTPMethod, _ path: String,
                     _ handler: @escaping @Sendable (APIRequest) throws -> HTTPResponse) {
        let workflows = workflows
        router.on(method, path) { http in try handler(try APIRequest(http, workflows: workflows)) }
        routes.append(Route(method: method, path: path))
    }

    /// Routes `method` on `path` to a handler that needs no API convention (health, documents).
    mutating func plain(_ method: HTTPMethod, _ path: String, _ handler: @escaping Router.Handler) {
        router.on(method, path, handler)
        routes.append(Route(method: method, path: path))
    }

    /// The responder to give the server.
    var responder: APIResponder { APIResponder(router: router) }
}

/// Runs the router and renders the errors the API knows (see ``APIProblem``); others go on to
/// the server, which answers a bare 500 and logs them.
struct APIResponder: HTTPResponder {
    let router: Router

    func respond(to request: HTTPRequest) throws -> HTTPReply {
        do {
            return try router.respond(to: request)
        } catch {
            guard let response = APIProblem.response(for: error) else { throw error }
            return .response(response)
        }
    }
}
