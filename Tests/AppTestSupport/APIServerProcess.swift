import Foundation
import Glibc

/// The real `talents-api` binary started on a temporary database and a free port, for
/// end-to-end tests; `stop()` ends it with SIGTERM.
final class APIServerProcess {
    let server: BackgroundProcess
    let port: Int
    let database: String
    let baseURL: String

    /// Starts the server on `database` (created and migrated by the server itself) and waits
    /// until `/health` answers; its log goes to `database` + `.log`.
    init(database: String, environment: [String: String] = [:]) throws {
        self.database = database
        port = try BackgroundProcess.freePort()
        baseURL = "http://127.0.0.1:\(port)"
        server = try BackgroundProcess(
            product: "talents-api",
            ["--port", String(port), "--db", database, "--log-level", "warning"],
            environment: environment, log: database + ".log")
        // Generous: the whole suite starts servers in parallel on a loaded 2-core machine.
        for _ in 0..<1200 {
            if (try? HTTPClient.send("GET", "\(baseURL)/health"))?.status == 200 { return }
            guard server.isAlive else { break }
            usleep(25_000)
        }
        server.stop()
        throw StartError(port: port, log: server.log)
    }

    struct StartError: Error {
        let port: Int
        let log: String
    }

    /// Sends a request to the server (see ``HTTPClient/send(_:_:headers:body:)``).
    func send(
        _ method: String, _ path: String, token: String? = nil, headers: [String: String] = [:],
        json: String? = nil
    ) throws -> HTTPClient.Response {
        var headers = headers
        if let token { headers["Authorization"] = "Bearer \(token)" }
        if json != nil { headers["Content-Type"] = "application/json" }
        return try HTTPClient.send(method, baseURL + path, headers: headers, body: json.map { Data($0.utf8) })
    }

    /// SIGTERM, then waits for the exit.
    func stop() {
        server.stop()
    }

    deinit { stop() }
}

/// A minimal blocking HTTP/1.1 client over a real socket (one request per connection), so tests
/// see exactly what the server sends.
enum HTTPClient {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: Data

        /// The content parsed as JSON.
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
        /// The content as text.
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error {
        let reason: String
    }

    static func send(_ method: String, _ url: String, headers: [String: String] = [:], body: Data? = nil) throws
        -> Response
    {
        guard let components = URLComponents(string: url), let port = components.port else {
            throw Failure(reason: "bad url")
        }
        let target = components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        var request = Data((head + "\r\n").utf8)
        if let body { request.append(body) }

        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(reason: "socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(reason: "connect: \(errno)") }
        try request.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { throw Failure(reason: "send: \(errno)") }
                offset += sent
            }
        }
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: chunk[0..<count])
        }
        return try parse(received)
    }

    private static func parse(_ data: Data) throws -> Response {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(reason: "no response head") }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(reason: "bad status line") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}
