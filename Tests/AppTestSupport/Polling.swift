import Foundation

/// Waiting for something a test started (a server, a scrape) to happen.
enum Polling {
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
