import Glibc

/// One blocking TCP connection to an SMTP server, with send and receive timeouts, reading
/// replies from a byte buffer with hard caps (line length, lines per reply).
final class SMTPConnection {
    /// The longest reply line accepted (RFC 5321 §4.5.3.1.5 says 512 octets; we allow more).
    static let maximumLineLength = 4096
    /// The most lines accepted in one reply.
    static let maximumReplyLines = 100

    private let fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to `host:port` (a name or an address), trying each resolved address in turn.
    /// - Throws: a transient ``MailDeliveryError`` (refused, unreachable, timeout).
    init(host: String, port: Int, timeoutSeconds: Int) throws(MailDeliveryError) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &list)
        guard resolved == 0, let first = list else {
            throw MailDeliveryError(.transient, "cannot resolve \(host): \(String(cString: gai_strerror(resolved)))")
        }
        defer { freeaddrinfo(list) }
        var lastErrno: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            let fd = socket(
                info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue),
                info.pointee.ai_protocol)
            guard fd >= 0 else {
                lastErrno = errno
                continue
            }
            // On Linux SO_SNDTIMEO also bounds connect(2) (socket(7)); SO_RCVTIMEO bounds each read.
            var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            if connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                self.fd = fd
                return
            }
            lastErrno = errno
            close(fd)
        }
        throw MailDeliveryError(
            .transient, "cannot connect to \(host):\(port): \(String(cString: strerror(lastErrno)))")
    }

    deinit {
        close(fd)
    }

    /// Sends every byte.
    /// - Throws: a transient ``MailDeliveryError`` when the connection breaks or times out.
    func send(_ bytes: [UInt8]) throws(MailDeliveryError) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else {
                throw MailDeliveryError(.transient, "send failed: \(String(cString: strerror(errno)))")
            }
            offset += sent
        }
    }

    /// Sends one command line, CRLF added.
    func send(command: String) throws(MailDeliveryError) {
        try send(Array((command + "\r\n").utf8))
    }

    /// Reads one whole reply, following `250-` continuation lines to the final `250 ` line.
    /// - Throws: a transient ``MailDeliveryError`` on a closed connection, a timeout or a malformed reply.
    func readReply() throws(MailDeliveryError) -> SMTPReply {
        var lines: [String] = []
        while true {
            let line = try readLine()
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, let code = Int(String(decoding: bytes[0..<3], as: UTF8.self)),
                (200...599).contains(code),
                bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-")
            else { throw MailDeliveryError(.transient, "malformed SMTP reply line '\(line.prefix(80))'") }
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            guard lines.count <= Self.maximumReplyLines else {
                throw MailDeliveryError(.transient, "SMTP reply longer than \(Self.maximumReplyLines) lines")
            }
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return SMTPReply(code: code, lines: lines) }
        }
    }

    /// One line without its CRLF (a bare LF is tolerated).
    private func readLine() throws(MailDeliveryError) -> String {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard buffer.count <= Self.maximumLineLength else {
                throw MailDeliveryError(.transient, "SMTP reply line longer than \(Self.maximumLineLength) bytes")
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason =
                    count == 0
                    ? "connection closed by the server"
                    : (errno == EAGAIN || errno == EWOULDBLOCK
                        ? "timed out waiting for the server" : String(cString: strerror(errno)))
                throw MailDeliveryError(.transient, reason)
            }
            buffer += chunk[0..<count]
        }
    }
}
