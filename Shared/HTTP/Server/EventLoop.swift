import CEpoll
import Glibc
import Synchronization

/// One event-loop thread: its own epoll instance, its own `SO_REUSEPORT` listener, and the
/// connections it accepted.
///
/// Sockets are registered once, edge-triggered, for input, output and peer hang-up, so a
/// connection costs one `epoll_ctl` in its life; handlers run on this thread. Other threads
/// reach it only through `inbox` (completed deferred responses, the shutdown request) and
/// the eventfd that wakes it. Everything else is confined to the loop's thread, hence the
/// unchecked `Sendable`.
final class EventLoop: DeferredResponseSink, @unchecked Sendable {
    let context: ServerContext
    private let epoll: Int32
    private let wakeFD: Int32
    private var listener: Int32
    /// The listening socket as opened; only this loop closes it, when it starts draining.
    private let listeningSocket: Int32
    private let inbox = Mutex(Inbox())

    /// The loop's current time, monotonic milliseconds, read once per wake-up.
    private(set) var now: Int64
    /// The `Date` value of this second.
    private(set) var date = HTTPDateCache()
    var requestIDs = RequestIDGenerator()
    /// Input buffer shared by this loop's connections, one read at a time.
    let readBuffer: UnsafeMutableBufferPointer<UInt8>
    private let events: UnsafeMutablePointer<epoll_event>
    private var connections: [HTTPConnection?] = []
    private var active: [HTTPConnection] = []
    private var generation: UInt32 = 0
    private var nextTick: Int64
    private var drainDeadline: Int64?
    private var acceptRetryAt: Int64?
    private var spareCompletions: [Completion] = []

    static let maxEvents = 256
    static let readBufferSize = 64 * 1024
    /// Pause before accepting again when out of file descriptors or memory.
    static let acceptRetryDelay: Int64 = 100
    private static let listenerToken = UInt64.max
    private static let wakeToken = UInt64.max - 1

    struct Completion {
        var ticket: DeferredResponseTicket
        var response: HTTPResponse
        var internalError: String?
    }

    private struct Inbox {
        var completions: [Completion] = []
        var shutdownDeadline: Int64?
        /// The eventfd was written and the loop has not read the inbox since.
        var signalled = false
        var isOpen = true
    }

    init(context: ServerContext, listener: Int32) throws(HTTPServerError) {
        self.context = context
        self.listener = listener
        self.listeningSocket = listener
        epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epoll >= 0 else { throw .fromErrno("epoll_create1") }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else {
            Glibc.close(epoll)
            throw .fromErrno("eventfd")
        }
        now = MonotonicClock.milliseconds()
        nextTick = now + context.tickInterval
        readBuffer = .allocate(capacity: Self.readBufferSize)
        events = .allocate(capacity: Self.maxEvents)
        date.refresh()
        guard register(listener, events: EPOLLIN.rawValue | EPOLLET.rawValue, token: Self.listenerToken),
            register(wakeFD, events: EPOLLIN.rawValue | EPOLLET.rawValue, token: Self.wakeToken)
        else {
            let error = HTTPServerError.fromErrno("epoll_ctl")
            self.listener = -1  // still the server's to close
            tearDown()
            throw error
        }
    }

    /// Runs until a requested shutdown has closed every connection. Call on the loop thread.
    func run() {
        cepoll_name_current_thread("http-loop")
        while true {
            let timeout: Int32 =
                active.isEmpty && acceptRetryAt == nil && drainDeadline == nil
                ? -1 : Int32(clamping: max(0, nextTick - now))
            let count = epoll_wait(epoll, events, Int32(Self.maxEvents), timeout)
            now = MonotonicClock.milliseconds()
            date.refresh()
            if count < 0 {
                precondition(errno == EINTR, "epoll_wait failed with errno \(errno)")
                continue
            }
            for index in 0..<Int(count) {
                let event = events[index]
                switch event.data.u64 {
                case Self.listenerToken: acceptConnections()
                case Self.wakeToken: readInbox()
                case let token:
                    let fd = Int32(truncatingIfNeeded: token)
                    guard let connection = connection(fd: fd, generation: UInt32(truncatingIfNeeded: token >> 32))
                    else { continue }
                    connection.handle(events: event.events)
                }
            }
            if now >= nextTick { tick() }
            if drainDeadline != nil && active.isEmpty { break }
        }
        tearDown()
    }

    /// Asks the loop to stop accepting and to drain its connections until `deadline`
    /// (monotonic milliseconds). Any thread.
    func requestShutdown(deadline: Int64) {
        inbox.withLock { inbox in
            guard inbox.isOpen else { return }
            inbox.shutdownDeadline = deadline
            wake(&inbox)
        }
    }

    /// Makes the kernel refuse new connections at once (a shut-down listening socket answers
    /// SYNs with resets), before the loop gets to close it. Any thread, before
    /// `requestShutdown`, which is what lets the loop close it.
    func stopAccepting() {
        Glibc.shutdown(listeningSocket, Int32(SHUT_RDWR))
    }

    /// Queues a completed deferred response for the loop. Any thread.
    func deliver(_ response: HTTPResponse, internalError: String?, to ticket: DeferredResponseTicket) {
        inbox.withLock { inbox in
            // After shutdown the connection is gone, and so is the response.
            guard inbox.isOpen else { return }
            inbox.completions.append(Completion(ticket: ticket, response: response, internalError: internalError))
            wake(&inbox)
        }
    }

    /// Writes the eventfd once per batch of messages; under the inbox lock, so the eventfd
    /// cannot be closed meanwhile.
    private func wake(_ inbox: inout Inbox) {
        guard !inbox.signalled else { return }
        inbox.signalled = true
        var one: UInt64 = 1
        _ = write(wakeFD, &one, MemoryLayout<UInt64>.size)
    }

    private func readInbox() {
        var value: UInt64 = 0
        _ = read(wakeFD, &value, MemoryLayout<UInt64>.size)
        var completions = spareCompletions
        let deadline = inbox.withLock { inbox in
            swap(&completions, &inbox.completions)
            inbox.signalled = false
            return inbox.shutdownDeadline
        }
        // Draining first, so responses completed meanwhile already say `Connection: close`.
        if let deadline, drainDeadline == nil { startDraining(deadline: deadline) }
        for completion in completions {
            let ticket = completion.ticket
            connection(fd: ticket.fd, generation: ticket.generation)?.completeDeferred(
                sequence: ticket.sequence, response: completion.response, internalError: completion.internalError)
        }
        completions.removeAll(keepingCapacity: true)
        spareCompletions = completions
    }

    private func connection(fd: Int32, generation: UInt32) -> HTTPConnection? {
        guard fd >= 0, Int(fd) < connections.count, let connection = connections[Int(fd)],
            connection.generation == generation
        else { return nil }
        return connection
    }

    private func acceptConnections() {
        while listener >= 0 {
            let fd = cepoll_accept4(listener, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
            guard fd >= 0 else {
                switch errno {
                case EINTR, ECONNABORTED, EPROTO: continue
                case EAGAIN, EWOULDBLOCK: return
                default:
                    // EMFILE, ENFILE, ENOBUFS, ENOMEM: the backlog keeps the client waiting.
                    acceptRetryAt = now + Self.acceptRetryDelay
                    return
                }
            }
            let open = context.connectionCount.wrappingAdd(1, ordering: .relaxed).newValue
            guard open <= context.limits.maxConnections else {
                ConnectionRefusal.refuse(fd, buffer: readBuffer, date: date.bytes, requestID: requestIDs.make())
                context.connectionCount.wrappingSubtract(1, ordering: .relaxed)
                continue
            }
            generation &+= 1
            let connection = HTTPConnection(fd: fd, generation: generation, loop: self, now: now)
            let token = UInt64(generation) << 32 | UInt64(UInt32(bitPattern: fd))
            guard
                register(
                    fd, events: EPOLLIN.rawValue | EPOLLOUT.rawValue | EPOLLRDHUP.rawValue | EPOLLET.rawValue,
                    token: token)
            else {
                Glibc.close(fd)
                context.connectionCount.wrappingSubtract(1, ordering: .relaxed)
                continue
            }
            while connections.count <= Int(fd) { connections.append(nil) }
            connections[Int(fd)] = connection
            connection.activeIndex = active.count
            active.append(connection)
        }
    }

    private func register(_ fd: Int32, events: UInt32, token: UInt64) -> Bool {
        var event = epoll_event()
        event.events = events
        event.data.u64 = token
        return epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event) == 0
    }

    /// Forgets a connection that closed itself.
    func remove(_ connection: HTTPConnection) {
        connections[Int(connection.fd)] = nil
        let last = active.removeLast()
        if last !== connection {
            active[connection.activeIndex] = last
            last.activeIndex = connection.activeIndex
        }
        context.connectionCount.wrappingSubtract(1, ordering: .relaxed)
    }

    private func tick() {
        nextTick = now + context.tickInterval
        if let deadline = drainDeadline, now >= deadline {
            for connection in active { connection.close() }
            return
        }
        for connection in active { connection.checkTimeouts() }
        if let retry = acceptRetryAt, now >= retry {
            acceptRetryAt = nil
            acceptConnections()
        }
    }

    private func startDraining(deadline: Int64) {
        drainDeadline = deadline
        if listener >= 0 {
            Glibc.close(listener)
            listener = -1
        }
        acceptRetryAt = nil
        for connection in active { connection.startDraining() }
    }

    /// Releases the resources of a loop whose thread never started.
    func discard() {
        tearDown()
    }

    private func tearDown() {
        if listener >= 0 { Glibc.close(listener) }
        listener = -1
        inbox.withLock { inbox in
            inbox.isOpen = false
            inbox.completions = []
            Glibc.close(wakeFD)
        }
        Glibc.close(epoll)
        readBuffer.deallocate()
        events.deallocate()
    }
}
