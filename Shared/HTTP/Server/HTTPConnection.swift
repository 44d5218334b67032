import CEpoll
import Glibc

/// One client connection, confined to the thread of its event loop.
///
/// Input is read into the loop's shared buffer and parsed in place; only bytes of an
/// incomplete request are copied into `inbound`, so an idle connection holds no buffer.
/// Responses are rendered into `output`, which is written with one `send` per batch.
final class HTTPConnection {
    let fd: Int32
    let generation: UInt32
    /// The loop owns its connections and outlives them, so no reference counting is needed.
    unowned(unsafe) let loop: EventLoop
    /// Position in the loop's list of active connections.
    var activeIndex = 0
    var state: HTTPConnectionState
    private(set) var isClosed = false

    var parser: HTTPRequestParser
    /// Bytes received but not parsed yet (an incomplete head, or input held back).
    var inbound: [UInt8] = []
    var output: [UInt8] = []
    private var outputSent = 0
    /// The socket may hold unread input: reading stopped early because of backpressure.
    private var readPending = false
    /// Output went to the socket since the client was last seen to have taken it all: at each
    /// tick, the kernel's send queue is looked at (never on the hot path of a write).
    var awaitingAcknowledgement = false

    /// The peer's numeric address, read once (`getpeername(2)`) when the first request needs it.
    private(set) lazy var peerAddress: String? = PeerAddress.of(socket: fd)

    /// The request being read: its head, head bytes and start time.
    var pendingHead: (head: HTTPRequestHead, bytes: [UInt8], started: UInt64)?
    var body: [UInt8] = []
    /// Responses owed in request order, kept only while a deferred one is outstanding.
    var slots: [ResponseSlot] = []
    var nextSequence: UInt64 = 0

    /// Most responses owed at once on one connection before reading pauses.
    static let maxOwedResponses = 16
    /// Most unwritten output before reading pauses (the client is not reading).
    static let outputHighWater = 256 * 1024
    /// Output capacity kept between responses; a larger buffer is released.
    static let retainedOutputCapacity = 16 * 1024

    init(fd: Int32, generation: UInt32, loop: EventLoop, now: Int64) {
        self.fd = fd
        self.generation = generation
        self.loop = loop
        self.state = HTTPConnectionState(now: now, timeouts: loop.context.timeouts)
        self.parser = HTTPRequestParser(limits: loop.context.limits)
    }

    /// Whether reading must wait until owed responses are written.
    var isBackpressured: Bool {
        slots.count >= Self.maxOwedResponses || output.count - outputSent >= Self.outputHighWater
    }

    /// Handles epoll events (edge-triggered: each readiness is reported once).
    func handle(events: UInt32) {
        if events & EPOLLERR.rawValue != 0 {
            close()
            return
        }
        let hungUp = events & (EPOLLRDHUP.rawValue | EPOLLHUP.rawValue) != 0
        if events & EPOLLIN.rawValue != 0 || hungUp {
            readable(hungUp: hungUp)
        } else if events & EPOLLOUT.rawValue != 0 && outputSent < output.count {
            flush()
            resume()
        }
    }

    /// Reads until the socket is drained (or reading must pause), parsing as it goes, then
    /// writes the responses of the whole batch at once.
    func readable(hungUp: Bool = false) {
        guard !isClosed else { return }
        if case .lingering = state.reading {
            discardInput()
            return
        }
        let buffer = loop.readBuffer
        while true {
            guard state.acceptsRequests && !isBackpressured else {
                readPending = true
                break
            }
            readPending = false
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count > 0 {
                consume(UnsafeBufferPointer(rebasing: buffer[..<count]))
                if isClosed { return }
                // A short read emptied the socket's queue: the next arrival raises a new edge.
                if count < buffer.count && !hungUp { break }
            } else if count == 0 {
                if state.peerClosedInput() == .close {
                    close()
                    return
                }
                break
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                break
            } else {
                close()
                return
            }
        }
        flush()
    }

    /// Parses `bytes`, carrying any incomplete remainder over to the next read.
    private func consume(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inbound.isEmpty {
            let used = process(bytes)
            if used < bytes.count && !isClosed { inbound.append(contentsOf: bytes[used...]) }
        } else {
            inbound.append(contentsOf: bytes)
            processInbound()
        }
    }

    /// Parses what `inbound` holds.
    private func processInbound() {
        let used = inbound.withUnsafeBufferPointer { process($0) }
        inbound.removeFirst(used)
    }

    /// Continues after owed responses were written: parses held input, then reads again.
    func resume() {
        guard !isClosed, state.acceptsRequests, !isBackpressured else { return }
        if !inbound.isEmpty {
            processInbound()
            flush()
        }
        if readPending && !isClosed && state.acceptsRequests && !isBackpressured {
            readable()
        }
    }

    /// Writes as much output as the socket takes, then lets the state machine decide.
    func flush() {
        guard !isClosed else { return }
        if output.count > outputSent { awaitingAcknowledgement = true }
        while outputSent < output.count {
            let written = output.withUnsafeBytes { bytes in
                send(fd, bytes.baseAddress! + outputSent, bytes.count - outputSent, Int32(MSG_NOSIGNAL))
            }
            if written >= 0 {
                outputSent += written
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                break
            } else {
                close()
                return
            }
        }
        let empty = outputSent == output.count
        if empty && outputSent > 0 {
            if output.capacity > Self.retainedOutputCapacity {
                output = []
            } else {
                output.removeAll(keepingCapacity: true)
            }
            outputSent = 0
        }
        // The socket accepting the bytes is not the client taking them.
        switch state.flushed(
            now: loop.now, outputEmpty: empty, unacknowledged: empty && awaitingAcknowledgement,
            inputPending: !inbound.isEmpty || readPending)
        {
        case .none:
            break
        case .close:
            close()
        case .shutdownOutput:
            shutdown(fd, Int32(SHUT_WR))
            discardInput()
        }
    }

    /// While lingering: reads and drops input until the client closes.
    private func discardInput() {
        let buffer = loop.readBuffer
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count > 0 { continue }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            close()
            return
        }
    }

    /// Applies the timeouts at the loop's current time, after asking the kernel whether the
    /// client acknowledged every byte sent (`SIOCOUTQ`; an error counts as yes: the socket is
    /// closing anyway).
    func checkTimeouts() {
        if awaitingAcknowledgement && outputSent == output.count && cepoll_unacknowledged_bytes(fd) <= 0 {
            awaitingAcknowledgement = false
            state.acknowledged(now: loop.now)
        }
        if state.checkTimeouts(now: loop.now) == .close { close() }
    }

    /// The server is shutting down.
    func startDraining() {
        switch state.startDraining(now: loop.now) {
        case .close: close()
        case .none, .shutdownOutput: flush()
        }
    }

    /// Closes the socket at once; responses still owed are dropped.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        loop.remove(self)
        Glibc.close(fd)
    }
}
