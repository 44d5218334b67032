import Foundation
import FoundationNetworking

/// A plain HTTP GET through URLSession, for servers started by a test.
enum HTTPGet {
    struct Response {
        let status: Int
        let contentType: String?
        let body: String
    }

    static func get(_ url: String) async throws -> Response {
        var request = URLRequest(url: URL(string: url)!, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 5)
        request.httpMethod = "GET"
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Response(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"),
                        body: String(decoding: data, as: UTF8.self))
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
