import Foundation
import Glibc

/// A minimal HTTP/1.1 client on one keep-alive socket: enough to check the endpoints.
struct RawHTTPClient {
    struct Response {
        var status: Int
        /// Field names lower-cased.
        var headers: [String: String]
        var body: String
    }

    struct ClientError: Error {
        let message: String
    }

    private let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let code = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard code == 0 else {
            close(fd)
            throw ClientError(message: "connect to port \(port): errno \(errno)")
        }
    }

    /// Sends `requestLine` (e.g. `GET /health`) with `body` as JSON, and reads the response.
    func send(_ requestLine: String, body: String? = nil) throws -> Response {
        var request = "\(requestLine) HTTP/1.1\r\nHost: localhost\r\n"
        if let body { request += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
        request += "\r\n" + (body ?? "")
        let bytes = Array(request.utf8)
        guard Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw ClientError(message: "send failed: errno \(errno)")
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let response = Self.parse(received) { return response }
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { throw ClientError(message: "connection closed before a full response") }
            received += buffer[..<count]
        }
    }

    /// A complete response with Content-Length framing, or nil while incomplete.
    private static func parse(_ bytes: [UInt8]) -> Response? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard
            let end = (0...max(0, bytes.count - 4)).first(where: {
                bytes.count >= 4 && Array(bytes[$0..<$0 + 4]) == separator
            })
        else {
            return nil
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        guard bytes.count >= end + 4 + length else { return nil }
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        return Response(
            status: status, headers: headers,
            body: String(decoding: bytes[(end + 4)..<(end + 4 + length)], as: UTF8.self))
    }
}
