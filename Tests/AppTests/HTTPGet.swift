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
    static func eventually(within seconds: Double, _ condition: () async throws -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if (try? await condition()) == true { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
