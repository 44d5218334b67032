public import HTTP

/// Answers the requests that may change state — every method but `GET`, `HEAD` and
/// `OPTIONS` — on ``WorkerThreads`` instead of the server's event loop, and the others on the
/// loop as `responder` does.
///
/// A change waits for the database's single writer and for its group's commit
/// (`DatabasePool.write`); on the loop it would hold every other connection of that loop
/// meanwhile (`HTTPResponder` asks not to block). Off the loop, reads keep flowing while writes
/// wait, and the writes that wait together commit together. Responses on a connection still go
/// out in request order; the access log and the metrics see them as before.
public struct WriteOffloading: HTTPResponder {
    let responder: any HTTPResponder
    let workers: WorkerThreads

    /// `responder`, with its changes run on `workers`.
    public init(_ responder: any HTTPResponder, workers: WorkerThreads) {
        self.responder = responder
        self.workers = workers
    }

    public func respond(to request: HTTPRequest) throws -> HTTPReply {
        switch request.method {
        case .get, .head, .options:
            return try responder.respond(to: request)
        default:
            let responder = responder
            return .deferred { deferred in
                workers.run {
                    do {
                        switch try responder.respond(to: request) {
                        case .response(let response): deferred.send(response)
                        case .deferred(let start): start(deferred)
                        }
                    } catch {
                        deferred.fail(error)
                    }
                }
            }
        }
    }
}
