import Foundation

/// A plain HTTP GET over a real socket (``HTTPClient``), for servers started by a test.
enum HTTPGet {
    struct Response {
        let status: Int
        let contentType: String?
        let body: String
    }

    static func get(_ url: String) async throws -> Response {
        let response = try HTTPClient.send("GET", url)
        return Response(status: response.status, contentType: response.headers["content-type"], body: response.text)
    }

    /// Polls `condition` every 100 ms until it holds or `seconds` have passed; returns whether it held.
    /// Errors count as "not yet" (a server still starting refuses connections).
    ///
    /// It sleeps without suspending: a task that suspends may not be resumed for a long time
    /// while the suite's blocking tests occupy the cooperative threads, and the deadline would
    /// pass without a single attempt.
    static func eventually(within seconds: Double, _ condition: () async throws -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if (try? await condition()) == true { return true }
            usleep(100_000)
        }
        return false
    }
}
