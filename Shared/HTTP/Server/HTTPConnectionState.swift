/// The lifecycle of one connection as a value: what is being read, how many responses are
/// owed, when it times out and when it closes.
///
/// It takes the current time (monotonic milliseconds) as an argument and returns actions,
/// so every timeout and the drain logic are tested without sleeping (the model is
/// Hummingbird's `HTTPConnectionStateHandler.StateMachine`). The event loop drives it.
struct HTTPConnectionState: Equatable {
    /// Timeouts in milliseconds.
    struct Timeouts: Equatable {
        var requestHead: Int64
        var requestBody: Int64
        var idle: Int64
        var write: Int64
        var lingeringClose: Int64
    }

    /// What the connection is reading.
    enum Reading: Equatable {
        /// Between requests (the keep-alive timer runs once no response is owed).
        case idle(since: Int64)
        /// Part of a head has arrived.
        case head(since: Int64)
        /// A head has arrived, its content has not yet.
        case body(since: Int64)
        /// No further request will be read.
        case stopped
        /// The output side is shut; input is discarded until the client closes (RFC 9112 §9.6).
        case lingering(since: Int64)
    }

    /// What the event loop must do.
    enum Action: Equatable {
        case none
        /// Close the socket now.
        case close
        /// Shut down the output side and linger, discarding input.
        case shutdownOutput
    }

    let timeouts: Timeouts
    private(set) var reading: Reading
    /// Requests read whose response is not rendered yet.
    private(set) var inFlight = 0
    /// Since when rendered output has been waiting for the socket to accept it.
    private(set) var writeBlockedSince: Int64?
    /// Since when output the socket accepted may wait in the kernel for the client to take it
    /// (not known to be acknowledged yet). The write timeout runs from then too: a response the
    /// socket buffers swallowed whole is not taken until the client acknowledges it, so a client
    /// that never reads is dropped after the write timeout, not after the longer idle one. The
    /// event loop clears it when the kernel's send queue is found empty (``acknowledged(now:)``);
    /// a new request from the client restarts it.
    private(set) var unacknowledgedSince: Int64?
    /// The connection closes once every owed response is written.
    private(set) var closeAfterResponses = false
    /// Closing must linger: the client may still be sending (after a rejected request).
    private var lingerOnClose = false

    init(now: Int64, timeouts: Timeouts) {
        self.timeouts = timeouts
        self.reading = .idle(since: now)
    }

    /// Whether bytes may still be parsed into requests.
    var acceptsRequests: Bool {
        switch reading {
        case .idle, .head, .body: true
        case .stopped, .lingering: false
        }
    }

    /// Part of a head is buffered: the head timer starts (slowloris defence).
    mutating func receivedPartialHead(now: Int64) {
        if case .idle = reading { reading = .head(since: now) }
    }

    /// A head was parsed; the body timer starts if content follows.
    mutating func receivedHead(now: Int64, hasBody: Bool) {
        if hasBody { reading = .body(since: now) }
    }

    /// A complete request was read and is handed to the responder.
    mutating func receivedRequest(now: Int64, keepAlive: Bool) {
        inFlight += 1
        // A client that sends its next request has read the last response (pipelining clients
        // that do not read fill the buffers, and are then held by `writeBlockedSince`).
        unacknowledgedSince = nil
        if !keepAlive { closeAfterResponses = true }
        reading = closeAfterResponses ? .stopped : .idle(since: now)
    }

    /// A request was rejected by the parser: its error response is owed, then the connection
    /// closes, lingering, since its framing is lost.
    mutating func rejectedRequest() {
        inFlight += 1
        closeAfterResponses = true
        lingerOnClose = true
        reading = .stopped
    }

    /// A response was rendered into the output.
    mutating func renderedResponse() {
        precondition(inFlight > 0, "a response was rendered for no request")
        inFlight -= 1
    }

    /// The client closed its side: finish what is owed (the next flush closes), or close now
    /// when lingering.
    mutating func peerClosedInput() -> Action {
        if case .lingering = reading { return .close }
        closeAfterResponses = true
        lingerOnClose = false
        reading = .stopped
        return .none
    }

    /// The output was written as far as the socket allowed; `outputEmpty` tells whether all
    /// of it went, `unacknowledged` whether the client has yet to acknowledge some of what went
    /// (bytes in the kernel's send queue), `inputPending` whether unread request bytes are
    /// buffered.
    mutating func flushed(
        now: Int64, outputEmpty: Bool, unacknowledged: Bool = false,
        inputPending: Bool
    ) -> Action {
        guard outputEmpty else {
            if writeBlockedSince == nil { writeBlockedSince = now }
            return .none
        }
        // What waited for the socket now waits for the client, on the same clock.
        unacknowledgedSince = unacknowledged ? unacknowledgedSince ?? writeBlockedSince ?? now : nil
        writeBlockedSince = nil
        if closeAfterResponses && inFlight == 0 {
            // Closing is graceful: the kernel still delivers what it holds.
            unacknowledgedSince = nil
            if case .lingering = reading { return .none }
            guard lingerOnClose || inputPending else { return .close }
            reading = .lingering(since: now)
            return .shutdownOutput
        }
        // The keep-alive timer restarts after the last owed response; it runs once the client
        // has taken it all (see checkTimeouts).
        if inFlight == 0, case .idle = reading { reading = .idle(since: now) }
        return .none
    }

    /// The client acknowledged every byte sent: the write timer stops, and the keep-alive timer
    /// restarts when nothing is owed.
    mutating func acknowledged(now: Int64) {
        guard unacknowledgedSince != nil else { return }
        unacknowledgedSince = nil
        if inFlight == 0, writeBlockedSince == nil, case .idle = reading { reading = .idle(since: now) }
    }

    /// The server is shutting down: idle connections close now; a request being read or
    /// answered finishes first, and its response says `Connection: close`.
    mutating func startDraining(now: Int64) -> Action {
        closeAfterResponses = true
        switch reading {
        case .idle, .head:
            // A partial head is not a request yet: nothing is promised to it.
            reading = .stopped
            return inFlight == 0 && writeBlockedSince == nil ? .close : .none
        case .body, .stopped, .lingering:
            return .none
        }
    }

    /// Checks the deadlines at `now`.
    func checkTimeouts(now: Int64) -> Action {
        if let since = writeBlockedSince ?? unacknowledgedSince, now - since >= timeouts.write { return .close }
        switch reading {
        case .idle(let since) where inFlight == 0 && writeBlockedSince == nil && unacknowledgedSince == nil:
            return now - since >= timeouts.idle ? .close : .none
        case .head(let since):
            return now - since >= timeouts.requestHead ? .close : .none
        case .body(let since):
            return now - since >= timeouts.requestBody ? .close : .none
        case .lingering(let since):
            return now - since >= timeouts.lingeringClose ? .close : .none
        case .idle, .stopped:
            return .none
        }
    }
}
