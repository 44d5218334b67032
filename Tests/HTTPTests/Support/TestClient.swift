import Glibc

/// What a `TestClient` read: one response.
struct TestResponse {
    var status: Int
    var fields: [(name: String, value: String)]
    var body: [UInt8]

    subscript(_ name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Why a `TestClient` read failed.
enum TestClientError: Error {
    case system(String, Int32)
    case closed
    case malformed(String)
}

/// A tiny blocking HTTP/1.1 client over a Glibc socket, with a receive timeout so a broken
/// server fails a test instead of hanging it.
final class TestClient {
    private(set) var fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, receiveTimeout: Duration = .seconds(5)) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestClientError.system("socket", errno) }
        var timeout = timeval(
            tv_sec: Int(receiveTimeout.components.seconds),
            tv_usec: Int(receiveTimeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw TestClientError.system("connect", code)
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { throw TestClientError.system("send", errno) }
            sent += count
        }
    }

    /// Reads one response; `head` when it answers a HEAD request (no content follows).
    func readResponse(head: Bool = false) throws -> TestResponse {
        let end = try fill { buffer in Self.find([13, 10, 13, 10], in: buffer) }
        let headText = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(end + 4)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else {
            throw TestClientError.malformed(headText)
        }
        let fields = lines.map { line -> (name: String, value: String) in
            let colon = line.firstIndex(of: ":")!
            return (String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        var response = TestResponse(status: status, fields: fields, body: [])
        let length = head ? 0 : Int(response["Content-Length"] ?? "0")!
        _ = try fill { $0.count >= length ? length : nil }
        response.body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return response
    }

    /// Reads until the server closes; returns what arrived (throws on a timeout).
    func readUntilClosed() throws -> [UInt8] {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count == 0 { break }
            if count < 0 {
                if errno == ECONNRESET { break }
                throw TestClientError.system("recv", errno)
            }
            buffer += chunk[..<count]
        }
        defer { buffer = [] }
        return buffer
    }

    /// Closes with SO_LINGER 0: the kernel sends a reset instead of a FIN.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(fd)
        fd = -1
    }

    private func fill(until found: ([UInt8]) -> Int?) throws -> Int {
        while true {
            if let position = found(buffer) { return position }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count == 0 { throw TestClientError.closed }
            if count < 0 { throw TestClientError.system("recv", errno) }
            buffer += chunk[..<count]
        }
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}
