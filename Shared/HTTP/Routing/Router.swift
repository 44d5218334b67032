/// Routes requests by method and path template to handlers.
///
/// Templates are absolute paths whose segments are literals or `{name}` parameters, e.g.
/// `/missions/{id}/applications`. A literal segment wins over a parameter at the same place;
/// a trailing slash is significant. `HEAD` is served by the `GET` route without content.
/// An unknown path is a 404 problem; a known path without the method is a 405 problem with
/// an `Allow` field.
public struct Router: HTTPResponder {
    /// A synchronous handler: runs on the event loop and returns the response.
    public typealias Handler = @Sendable (HTTPRequest) throws -> HTTPResponse
    /// A deferred handler: completes the response later, from any thread.
    public typealias DeferredHandler = @Sendable (HTTPRequest, HTTPDeferredResponse) -> Void

    enum Route: Sendable {
        case immediate(Handler)
        case deferred(DeferredHandler)
    }

    struct Node: Sendable {
        var literals: [(segment: String, node: Int)] = []
        var parameter: (name: String, node: Int)?
        var routes: [(method: HTTPMethod, route: Route)] = []
    }

    private var nodes = [Node()]

    /// An empty router: every request is a 404.
    public init() {}

    /// Routes `method` on `path` to a synchronous handler.
    public mutating func on(_ method: HTTPMethod, _ path: String, _ handler: @escaping Handler) {
        add(method, path, .immediate(handler))
    }

    /// Routes `method` on `path` to a deferred handler.
    public mutating func on(_ method: HTTPMethod, _ path: String, deferred handler: @escaping DeferredHandler) {
        add(method, path, .deferred(handler))
    }

    /// Routes `GET` (and so `HEAD`) on `path`.
    public mutating func get(_ path: String, _ handler: @escaping Handler) { on(.get, path, handler) }
    /// Routes `POST` on `path`.
    public mutating func post(_ path: String, _ handler: @escaping Handler) { on(.post, path, handler) }
    /// Routes `PUT` on `path`.
    public mutating func put(_ path: String, _ handler: @escaping Handler) { on(.put, path, handler) }
    /// Routes `PATCH` on `path`.
    public mutating func patch(_ path: String, _ handler: @escaping Handler) { on(.patch, path, handler) }
    /// Routes `DELETE` on `path`.
    public mutating func delete(_ path: String, _ handler: @escaping Handler) { on(.delete, path, handler) }

    /// Routes `GET` on `path` to a deferred handler.
    public mutating func get(_ path: String, deferred handler: @escaping DeferredHandler) {
        on(.get, path, deferred: handler)
    }
    /// Routes `POST` on `path` to a deferred handler.
    public mutating func post(_ path: String, deferred handler: @escaping DeferredHandler) {
        on(.post, path, deferred: handler)
    }
    /// Routes `PUT` on `path` to a deferred handler.
    public mutating func put(_ path: String, deferred handler: @escaping DeferredHandler) {
        on(.put, path, deferred: handler)
    }
    /// Routes `PATCH` on `path` to a deferred handler.
    public mutating func patch(_ path: String, deferred handler: @escaping DeferredHandler) {
        on(.patch, path, deferred: handler)
    }
    /// Routes `DELETE` on `path` to a deferred handler.
    public mutating func delete(_ path: String, deferred handler: @escaping DeferredHandler) {
        on(.delete, path, deferred: handler)
    }

    /// Finds the route of `request` and runs it, or answers 404/405.
    public func respond(to request: HTTPRequest) throws -> HTTPReply {
        var request = request
        var parameters = HTTPRouteParameters()
        let path = request.rawPath
        guard let node = match(0, path == "/" ? "" : path, &parameters) else {
            throw ProblemDetails(status: .notFound, detail: "No resource matches this path.")
        }
        request.parameters = parameters
        let routes = nodes[node].routes
        let route =
            routes.first { $0.method == request.method }?.route
            ?? (request.method == .head ? routes.first { $0.method == .get }?.route : nil)
        guard let route else { throw MethodNotAllowed(allowed: routes.map(\.method)) }
        switch route {
        case .immediate(let handler):
            return .response(try handler(request))
        case .deferred(let handler):
            let routed = request
            return .deferred { responder in handler(routed, responder) }
        }
    }

    private mutating func add(_ method: HTTPMethod, _ path: String, _ route: Route) {
        precondition(path.first == "/", "a route template must start with /, got \(path.debugDescription)")
        var node = 0
        let segments = path == "/" ? [] : path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for segment in segments {
            if segment.first == "{" && segment.last == "}" {
                let name = String(segment.dropFirst().dropLast())
                precondition(!name.isEmpty, "a route parameter needs a name in \(path.debugDescription)")
                if let existing = nodes[node].parameter {
                    precondition(
                        existing.name == name,
                        "route \(path.debugDescription) names a parameter {\(name)} where another route has {\(existing.name)}"
                    )
                    node = existing.node
                } else {
                    nodes.append(Node())
                    nodes[node].parameter = (name, nodes.count - 1)
                    node = nodes.count - 1
                }
            } else {
                precondition(
                    !segment.contains("{") && !segment.contains("}"),
                    "a route segment is either a literal or a whole {parameter}, got \(segment.debugDescription)")
                let literal = String(segment)
                if let existing = nodes[node].literals.first(where: { $0.segment == literal }) {
                    node = existing.node
                } else {
                    nodes.append(Node())
                    nodes[node].literals.append((literal, nodes.count - 1))
                    node = nodes.count - 1
                }
            }
        }
        precondition(!nodes[node].routes.contains { $0.method == method }, "route \(method) \(path) is declared twice")
        nodes[node].routes.append((method, route))
    }

    /// Depth-first match of `rest` (`/segment/...` or empty) from `node`, literals first.
    private func match(_ node: Int, _ rest: Substring, _ parameters: inout HTTPRouteParameters) -> Int? {
        guard !rest.isEmpty else { return nodes[node].routes.isEmpty ? nil : node }
        let afterSlash = rest.dropFirst()
        let end = afterSlash.utf8.firstIndex(of: ASCII.slash) ?? afterSlash.endIndex
        let raw = afterSlash[..<end]
        let remainder = afterSlash[end...]
        let segment =
            raw.utf8.contains(ASCII.percent)
            ? PercentDecoding.decode(raw, plusAsSpace: false).map { Substring($0) } : raw
        guard let segment else { return nil }
        for literal in nodes[node].literals where literal.segment == segment {
            if let found = match(literal.node, remainder, &parameters) { return found }
        }
        if let parameter = nodes[node].parameter, !segment.isEmpty {
            var attempt = parameters
            attempt.append(name: parameter.name, value: String(segment))
            if let found = match(parameter.node, remainder, &attempt) {
                parameters = attempt
                return found
            }
        }
        return nil
    }
}

/// A 405 answer listing the allowed methods (RFC 9110 §15.5.6).
struct MethodNotAllowed: HTTPResponseError {
    let allowed: [HTTPMethod]

    var status: HTTPStatus { .methodNotAllowed }

    func makeResponse() -> HTTPResponse {
        var methods = Set(allowed.map(\.rawValue))
        if methods.contains("GET") { methods.insert("HEAD") }
        var response = ProblemDetails(status: .methodNotAllowed, detail: "This resource does not support this method.")
            .makeResponse()
        response.headers["Allow"] = methods.sorted().joined(separator: ", ")
        return response
    }
}
