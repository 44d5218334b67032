import Reporting
import Synchronization

/// The API's own metrics, served at `GET /metrics`: requests counted by method, route template
/// and status, and the time spent answering them, by method and route template.
///
/// Routes are labelled by their template (`/v1/missions/{id}`), never by the path sent, so the
/// number of series is bounded by the routes declared; paths no route matches share `unmatched`.
/// Durations are measured from the handler's start to its rendered response (parsing and the
/// network are not included).
public final class APIMetrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let bounds: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]
    /// The route label of requests that matched no route.
    static let unmatched = "unmatched"

    private struct Series: Hashable {
        let method: String
        let route: String
    }

    private struct State {
        var requests: [Series: [Int: Int]] = [:]
        var durations: [Series: Histogram] = [:]
    }

    private let state = Mutex(State())
    private let startedAt: Double

    /// Metrics starting now; `startedAt` is the process start, in seconds since the epoch.
    public init(startedAt: Double) {
        self.startedAt = startedAt
    }

    /// Counts one answered request.
    func observe(method: String, route: String, status: Int, duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) + Double(attoseconds) / 1e18
        let series = Series(method: method, route: route)
        state.withLock { state in
            state.requests[series, default: [:]][status, default: 0] += 1
            state.durations[series, default: Histogram(upperBounds: Self.bounds)].observe(value)
        }
    }

    /// The exposition text, families and series sorted.
    func render() -> String {
        let snapshot = state.withLock { $0 }
        var requests = MetricFamily(
            "talents_api_requests_total", type: .counter,
            help: "Requests answered, by method, route template and status code.")
        var durations = MetricFamily(
            "talents_api_request_duration_seconds", type: .histogram,
            help: "Time spent answering requests, by method and route template.")
        for (series, statuses) in snapshot.requests {
            for (status, count) in statuses {
                requests.record(
                    count,
                    labels: [
                        "method": series.method, "route": series.route,
                        "status": String(status)
                    ])
            }
        }
        for (series, histogram) in snapshot.durations {
            durations.record(histogram, labels: ["method": series.method, "route": series.route])
        }
        var start = MetricFamily(
            "talents_api_start_time_seconds", type: .gauge,
            help: "When the API process started, in seconds since the Unix epoch.")
        start.record(startedAt)
        return PrometheusText.render([requests, durations, start])
    }
}
