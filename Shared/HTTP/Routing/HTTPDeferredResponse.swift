import Synchronization

/// Receives a completed deferred response; the event loop, or a test double.
protocol DeferredResponseSink: Sendable {
    func deliver(_ response: HTTPResponse, internalError: String?, to ticket: DeferredResponseTicket)
}

/// Which request of which connection a deferred response answers.
struct DeferredResponseTicket: Sendable, Equatable {
    var fd: Int32
    var generation: UInt32
    var sequence: UInt64
}

/// The promise of one response, given to a deferred handler; complete it exactly once, from
/// any thread, with `send(_:)` or `fail(_:)`.
///
/// The event loop is woken when it is completed. If it is released without being completed,
/// the request is answered with a 500 problem, so a forgetful handler cannot hang a client.
public final class HTTPDeferredResponse: Sendable {
    private let sink: any DeferredResponseSink
    private let ticket: DeferredResponseTicket
    private let completed = Atomic<Bool>(false)

    init(sink: any DeferredResponseSink, ticket: DeferredResponseTicket) {
        self.sink = sink
        self.ticket = ticket
    }

    /// Sends `response`. Completing a response twice is a programming error.
    public func send(_ response: HTTPResponse) {
        complete(response, internalError: nil)
    }

    /// Answers with the response `error` renders (a 500 problem unless it is an `HTTPResponseError`).
    public func fail(_ error: any Error) {
        let (response, internalError) = ErrorRendering.response(for: error)
        complete(response, internalError: internalError)
    }

    private func complete(_ response: HTTPResponse, internalError: String?) {
        let (exchanged, _) = completed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing)
        precondition(exchanged, "an HTTPDeferredResponse was completed twice")
        sink.deliver(response, internalError: internalError, to: ticket)
    }

    deinit {
        if !completed.load(ordering: .acquiring) {
            sink.deliver(
                ProblemDetails(status: .internalServerError).makeResponse(),
                internalError: "the handler released its HTTPDeferredResponse without completing it",
                to: ticket)
        }
    }
}
