import Glibc

extension HTTPServer {
    /// Where the server listens, how many threads serve, and its limits and timeouts.
    public struct Configuration: Sendable {
        /// Numeric IPv4 or IPv6 address to bind, e.g. `127.0.0.1`, `0.0.0.0`, `::1`.
        public var host: String
        /// TCP port; 0 picks a free one (read it back from `HTTPServer.port`).
        public var port: Int
        /// Event-loop threads, each with its own epoll instance and listening socket.
        public var eventLoops: Int
        /// Size and count limits.
        public var limits: Limits
        /// Timeouts.
        public var timeouts: Timeouts

        /// A configuration; by default `127.0.0.1:8080` with one event loop per core.
        public init(
            host: String = "127.0.0.1", port: Int = 8080, eventLoops: Int? = nil,
            limits: Limits = Limits(), timeouts: Timeouts = Timeouts()
        ) {
            precondition((0...65535).contains(port), "a TCP port is between 0 and 65535, got \(port)")
            self.host = host
            self.port = port
            self.eventLoops = eventLoops ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
            precondition(self.eventLoops >= 1, "a server needs at least one event loop")
            self.limits = limits
            self.timeouts = timeouts
        }

        /// Size and count limits; each one exceeded is answered, never a crash or a hang.
        public struct Limits: Sendable {
            /// Request line plus header fields, in bytes; beyond: 431.
            public var maxHeadBytes: Int
            /// Header field lines; beyond: 431.
            public var maxHeaderCount: Int
            /// Request-target length in bytes; beyond: 414.
            public var maxTargetLength: Int
            /// Request content in bytes, de-chunked; beyond: 413, sent before reading it.
            public var maxBodyBytes: Int
            /// Open connections over all event loops; beyond, new ones get a 503 and are closed.
            public var maxConnections: Int

            /// Limits; by default 16 KiB of head, 100 fields, 8 KiB targets, 1 MiB of content,
            /// 10,000 connections.
            public init(
                maxHeadBytes: Int = 16 * 1024, maxHeaderCount: Int = 100, maxTargetLength: Int = 8 * 1024,
                maxBodyBytes: Int = 1024 * 1024, maxConnections: Int = 10_000
            ) {
                precondition(
                    maxHeadBytes >= 64 && maxHeaderCount >= 1 && maxTargetLength >= 1
                        && maxBodyBytes >= 0 && maxConnections >= 1, "HTTP limits must be positive")
                self.maxHeadBytes = maxHeadBytes
                self.maxHeaderCount = maxHeaderCount
                self.maxTargetLength = maxTargetLength
                self.maxBodyBytes = maxBodyBytes
                self.maxConnections = maxConnections
            }
        }

        /// Timeouts; a connection that exceeds one is closed.
        public struct Timeouts: Sendable {
            /// From the first byte of a request to the end of its head (slowloris defence).
            public var requestHead: Duration
            /// From the end of a head to the end of its content.
            public var requestBody: Duration
            /// Keep-alive: a connection with no request in progress.
            public var idle: Duration
            /// A response that the client does not read.
            public var write: Duration
            /// After an error response, how long unread input is drained before closing, so
            /// the client gets the response rather than a reset (RFC 9112 §9.6).
            public var lingeringClose: Duration

            /// Timeouts; by default 10 s for a head, 30 s for content, 60 s idle, 30 s for a
            /// stuck write, 2 s of lingering close.
            public init(
                requestHead: Duration = .seconds(10), requestBody: Duration = .seconds(30),
                idle: Duration = .seconds(60), write: Duration = .seconds(30),
                lingeringClose: Duration = .seconds(2)
            ) {
                self.requestHead = requestHead
                self.requestBody = requestBody
                self.idle = idle
                self.write = write
                self.lingeringClose = lingeringClose
            }
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a positive duration never becomes 0.
    var roundedUpMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}
