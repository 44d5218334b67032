import Synchronization

@testable import HTTP

/// Collects deferred responses instead of an event loop.
final class RecordingSink: DeferredResponseSink {
    private let received = Mutex<[(HTTPResponse, String?)]>([])

    func deliver(_ response: HTTPResponse, internalError: String?, to ticket: DeferredResponseTicket) {
        received.withLock { $0.append((response, internalError)) }
    }

    var bodies: [String] {
        received.withLock { $0.map { String(decoding: $0.0.body, as: UTF8.self) } }
    }

    var statuses: [Int] {
        received.withLock { $0.map(\.0.status.code) }
    }

    var internalErrors: [String?] {
        received.withLock { $0.map(\.1) }
    }
}
