import CEpoll
import Glibc
import Synchronization

/// An HTTP/1.1 server on epoll: a fixed set of event-loop threads, each accepting on its own
/// `SO_REUSEPORT` socket and serving its connections with synchronous handlers.
///
/// ```swift
/// var router = Router()
/// router.get("/health") { _ in HTTPResponse(contentType: "text/plain; charset=utf-8", body: "ok") }
/// let server = HTTPServer(configuration: .init(port: 8080), responder: router)
/// try server.start()
/// server.runUntilSignal()
/// ```
public final class HTTPServer: Sendable {
    /// The configuration the server was created with.
    public let configuration: Configuration
    private let context: ServerContext
    private let lifecycle = Mutex(Lifecycle.idle)
    /// The eventfd `runUntilSignal` waits on, if it is waiting.
    private let signalWaiter = Mutex<Int32?>(nil)

    private enum Lifecycle {
        case idle
        case running(loops: [EventLoop], threads: [pthread_t], port: Int)
        case stopped(port: Int)
    }

    /// A server answering with `responder`; `accessLog` receives one entry per request.
    public init(
        configuration: Configuration = Configuration(), responder: some HTTPResponder,
        accessLog: (@Sendable (HTTPAccessLogEntry) -> Void)? = nil
    ) {
        self.configuration = configuration
        self.context = ServerContext(configuration: configuration, responder: responder, accessLog: accessLog)
    }

    /// The bound port (useful with port 0), or 0 before `start()`.
    public var port: Int {
        lifecycle.withLock { state in
            switch state {
            case .idle: 0
            case .running(_, _, let port), .stopped(let port): port
            }
        }
    }

    /// Binds the listening sockets and starts the event-loop threads; returns at once.
    public func start() throws(HTTPServerError) {
        try lifecycle.withLock { (state) throws(HTTPServerError) in
            guard case .idle = state else { preconditionFailure("an HTTPServer can be started once") }
            var listeners: [Int32] = []
            var loops: [EventLoop] = []
            var threads: [pthread_t] = []
            do throws(HTTPServerError) {
                if configuration.port != 0 {
                    try Socket.checkNoListener(host: configuration.host, port: configuration.port)
                }
                let first = try Socket.listen(host: configuration.host, port: configuration.port, backlog: 4096)
                listeners.append(first)
                let port = try Socket.boundPort(first)
                for _ in 1..<configuration.eventLoops {
                    listeners.append(try Socket.listen(host: configuration.host, port: port, backlog: 4096))
                }
                for listener in listeners {
                    loops.append(try EventLoop(context: context, listener: listener))
                }
                for loop in loops {
                    threads.append(try Self.startThread(running: loop))
                }
                state = .running(loops: loops, threads: threads, port: port)
            } catch {
                // A loop owns its listener; running loops stop themselves, the others are discarded.
                for listener in listeners.dropFirst(loops.count) { close(listener) }
                for (index, loop) in loops.enumerated() {
                    if index < threads.count {
                        loop.requestShutdown(deadline: 0)
                        pthread_join(threads[index], nil)
                    } else {
                        loop.discard()
                    }
                }
                throw error
            }
        }
    }

    /// Stops accepting, lets requests in progress finish for up to `gracePeriod`, closes every
    /// connection, and returns once the event-loop threads have ended. Not from a handler.
    public func shutdown(gracePeriod: Duration = .seconds(10)) {
        let running: (loops: [EventLoop], threads: [pthread_t])? = lifecycle.withLock { state in
            guard case .running(let loops, let threads, let port) = state else { return nil }
            state = .stopped(port: port)
            return (loops, threads)
        }
        if let running {
            let deadline = MonotonicClock.milliseconds() + gracePeriod.roundedUpMilliseconds
            for loop in running.loops { loop.stopAccepting() }
            for loop in running.loops { loop.requestShutdown(deadline: deadline) }
            for thread in running.threads { pthread_join(thread, nil) }
        }
        signalWaiter.withLock { fd in
            if let fd {
                var one: UInt64 = 1
                _ = write(fd, &one, MemoryLayout<UInt64>.size)
            }
        }
    }

    /// Serves until SIGTERM or SIGINT (or `shutdown`), then shuts down gracefully and
    /// returns, so `main` can exit 0.
    public func runUntilSignal(gracePeriod: Duration = .seconds(10)) {
        let fd = eventfd(0, Int32(EFD_CLOEXEC))
        precondition(fd >= 0, "eventfd failed with errno \(errno)")
        signalWaiter.withLock { $0 = fd }
        let alreadyStopped = lifecycle.withLock { state in
            if case .stopped = state { true } else { false }
        }
        SignalRelay.install(fd: fd)
        if !alreadyStopped {
            var value: UInt64 = 0
            while read(fd, &value, MemoryLayout<UInt64>.size) < 0 && errno == EINTR {}
        }
        shutdown(gracePeriod: gracePeriod)
        SignalRelay.uninstall()
        signalWaiter.withLock { waiter in
            waiter = nil
            close(fd)
        }
    }

    private static func startThread(running loop: EventLoop) throws(HTTPServerError) -> pthread_t {
        let box = Unmanaged.passRetained(loop)
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { argument in
                let loop = Unmanaged<EventLoop>.fromOpaque(argument!).takeRetainedValue()
                loop.run()
                return nil
            }, box.toOpaque())
        guard result == 0 else {
            box.release()
            throw HTTPServerError(operation: "pthread_create", code: result)
        }
        return thread
    }
}
