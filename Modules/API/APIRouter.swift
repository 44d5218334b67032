import Gamification
public import HTTP
public import Workflows

/// Declares the API's routes over the HTTP router, so that every handler receives an
/// ``APIRequest`` and every error is rendered by ``APIProblem``. Keeps the list of routes for the
/// contract and authorization tests.
public struct APIRouter {
    /// A declared route.
    public struct Route: Hashable, Sendable {
        public let method: HTTPMethod
        public let path: String
    }

    public let workflows: Workflows
    /// The request counts and durations, by route template.
    public let metrics: APIMetrics
    private var router = Router()
    public private(set) var routes: [Route] = []
    /// The web front's pages: HTML, outside the JSON contract (docs/openapi.yaml) and its
    /// authorization matrix; tested by the web front's own tests.
    public private(set) var pages: [Route] = []
    /// Renders the 404 of a browser's request for a path no route matches (see
    /// ``APIResponder``): the web front's page in the site's frame. Nil: every 404 is a problem.
    public var notFoundPage: Router.Handler?

    public init(workflows: Workflows, metrics: APIMetrics) {
        self.workflows = workflows
        self.metrics = metrics
    }

    /// Routes `method` on `path` to `handler`.
    mutating func on(
        _ method: HTTPMethod, _ path: String,
        _ handler: @escaping @Sendable (APIRequest) throws -> HTTPResponse
    ) {
        let workflows = workflows
        plain(method, path) { http in try handler(try APIRequest(http, workflows: workflows)) }
    }

    /// Routes `method` on `path` to a handler that needs no API convention (health, documents).
    public mutating func plain(_ method: HTTPMethod, _ path: String, _ handler: @escaping Router.Handler) {
        let metrics = metrics
        router.on(method, path) { request in
            let started = ContinuousClock.now
            let response: HTTPResponse
            do {
                response = try handler(request)
            } catch {
                // Rendered here rather than by the server, so the metrics see the status; an
                // unexpected error still goes on to the server (a bare 500, logged).
                guard let problem = APIProblem.response(for: error) else {
                    metrics.observe(
                        method: method.rawValue, route: path, status: 500,
                        duration: ContinuousClock.now - started)
                    throw error
                }
                response = problem
            }
            metrics.observe(
                method: method.rawValue, route: path, status: response.status.code,
                duration: ContinuousClock.now - started)
            return response
        }
        routes.append(Route(method: method, path: path))
    }

    /// Routes `method` on `path` to a page of the web front, which renders its own errors as HTML.
    public mutating func page(_ method: HTTPMethod, _ path: String, _ handler: @escaping Router.Handler) {
        let metrics = metrics
        router.on(method, path) { request in
            let started = ContinuousClock.now
            do {
                let response = try handler(request)
                metrics.observe(
                    method: method.rawValue, route: path, status: response.status.code,
                    duration: ContinuousClock.now - started)
                return response
            } catch {
                // A page renders its own errors; what escapes is the server's bare 500.
                metrics.observe(
                    method: method.rawValue, route: path, status: 500, duration: ContinuousClock.now - started)
                throw error
            }
        }
        pages.append(Route(method: method, path: path))
    }

    /// The responder to give the server; every answer gets the ``SecurityHeaders``.
    public var responder: APIResponder {
        APIResponder(
            router: router, metrics: metrics,
            securityHeaders: SecurityHeaders(https: Self.servesHTTPS(workflows)), notFoundPage: notFoundPage)
    }

    /// Whether the service is public over https (its base URL): cookies get `Secure`, answers HSTS.
    public static func servesHTTPS(_ workflows: Workflows) -> Bool {
        workflows.configuration.recognition.issuer.urls.baseURL.hasPrefix("https://")
    }
}

/// Runs the router and renders the errors the API knows (see ``APIProblem``); others go on to
/// the server, which answers a bare 500 and logs them. Adds the ``SecurityHeaders`` to every
/// answer, pages and JSON alike. An unknown path asked by a browser — `Accept` names
/// `text/html`, and the path is not under `/v1/` — gets the router's ``APIRouter/notFoundPage``
/// when there is one; the API and other clients keep the problem+json 404.
public struct APIResponder: HTTPResponder {
    let router: Router
    let metrics: APIMetrics
    let securityHeaders: SecurityHeaders
    let notFoundPage: Router.Handler?

    /// Whether `request` asks for a page: a browser's `Accept` names `text/html` (RFC 9110
    /// §12.5.1), and `/v1` is the JSON API's whatever the client.
    static func wantsPage(_ request: HTTPRequest) -> Bool {
        guard request.path != "/v1", !request.path.hasPrefix("/v1/") else { return false }
        return request.headers["Accept"]?.lowercased().contains("text/html") == true
    }

    public func respond(to request: HTTPRequest) throws -> HTTPReply {
        let started = ContinuousClock.now
        var response: HTTPResponse
        do {
            switch try router.respond(to: request) {
            case .response(let routed): response = routed
            case .deferred(let start): return .deferred(start)  // no route of the API defers
            }
        } catch {
            // Only the router's own answers get here (404, 405): handlers render their errors.
            guard let problem = APIProblem.response(for: error) else { throw error }
            if problem.status == .notFound, let notFoundPage, Self.wantsPage(request) {
                response = try notFoundPage(request)
            } else {
                response = problem
            }
            metrics.observe(
                method: request.method.rawValue, route: APIMetrics.unmatched,
                status: response.status.code, duration: ContinuousClock.now - started)
        }
        securityHeaders.apply(to: &response)
        return .response(response)
    }
}
