public import Domain
public import Persistence
import Synchronization

/// Reads the programme's figures from a (read-only) database at each scrape and renders them
/// in the Prometheus text format, with its own health: scrape duration and errors.
///
/// Scrapes are serialized; each reads one snapshot in a deferred read transaction, so it never
/// waits for, nor blocks, the API's writer. Audit counters are kept in an ``EventTally`` and
/// advanced by the events appended since the previous scrape.
public final class MetricsExporter: Sendable {
    /// What one scrape produced.
    public struct Scrape: Sendable {
        /// The exposition text; when reading failed, only the exporter's own metrics.
        public let text: String
        /// Why reading failed, for the exporter's log; nil on success.
        public let error: (any Error)?
    }

    /// Runs a body and returns how long it took.
    public typealias Stopwatch = @Sendable (() -> Void) -> Duration

    private let database: DatabasePool
    private let clock: any WallClock
    private let stopwatch: Stopwatch
    private let state = Mutex(State())

    private struct State {
        var events = EventTally()
        var errors = 0
    }

    /// An exporter over `database`; `clock` gives "now" for the figures, `stopwatch` times scrapes.
    public init(database: DatabasePool, clock: any WallClock = SystemClock(),
                stopwatch: @escaping Stopwatch = { ContinuousClock().measure($0) }) {
        self.database = database
        self.clock = clock
        self.stopwatch = stopwatch
    }

    /// Reads the figures and renders them; never throws (an error is counted and returned).
    public func scrape() -> Scrape {
        let (families, error) = state.withLock { state -> ([MetricFamily], (any Error)?) in
            var families: [MetricFamily] = []
            var failure: (any Error)?
            let duration = stopwatch {
                do {
                    families = try database.read { connection in
                        var events = state.events
                        try events.update(from: connection)
                        let programme = try ProgrammeMetrics.families(
                            ProgrammeKPIs(connection, now: clock.now), events: events)
                        // Kept only once every figure was read, so a failed scrape counts nothing twice.
                        state.events = events
                        return programme
                    }
                } catch {
                    failure = error
                    families = []
                }
            }
            if failure != nil { state.errors += 1 }
            return (families + Self.ownFamilies(duration: duration, errors: state.errors, failed: failure != nil),
                    failure)
        }
        return Scrape(text: PrometheusText.render(families), error: error)
    }

    private static func ownFamilies(duration: Duration, errors: Int, failed: Bool) -> [MetricFamily] {
        var seconds = MetricFamily("talents_metrics_scrape_duration_seconds", type: .gauge,
                                   help: "Time this scrape took to read the database.")
        let (whole, attoseconds) = duration.components
        seconds.record(Double(whole) + Double(attoseconds) / 1e18)
        var errorCount = MetricFamily("talents_metrics_scrape_errors_total", type: .counter,
                                      help: "Scrapes that failed to read the database since the exporter started.")
        errorCount.record(errors)
        var lastError = MetricFamily("talents_metrics_last_scrape_error", type: .gauge,
                                     help: "1 when this scrape failed to read the database, else 0.")
        lastError.record(failed ? 1 : 0)
        return [seconds, errorCount, lastError]
    }
}
