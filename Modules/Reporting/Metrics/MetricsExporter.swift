import Dispatch
public import Domain
public import Persistence
import Synchronization

/// Reads the programme's figures from a (read-only) database at each scrape and renders them
/// in the Prometheus text format, with its own health: scrape duration, errors, age of the
/// figures refreshed less often.
///
/// Scrapes are serialized; each reads one snapshot in a deferred read transaction, so it never
/// waits for, nor blocks, the API's writer. The cost of a scrape follows what changed since the
/// previous one, not the size of the programme: audit counters (``EventTally``), missions
/// (``MissionTally``) and applications (``ApplicationTally``) are advanced by the audit events
/// appended since, the engagement is read by aggregate queries. The pool, whose figures take a
/// pass over every talent's skills, is recomputed off the scrape path at most every
/// ``Configuration/poolRefreshInterval``; its age is exported. docs/performance.md measures it.
public final class MetricsExporter: Sendable {
    /// What one scrape produced.
    public struct Scrape: Sendable {
        /// The exposition text; when reading failed, only the exporter's own metrics.
        public let text: String
        /// Why reading failed, for the exporter's log; nil on success.
        public let error: (any Error)?
    }

    /// How often the figures that are not read at every scrape are refreshed.
    public struct Configuration: Sendable, Hashable {
        /// The least time between two computations of the pool figures; 5 minutes by default.
        public var poolRefreshInterval: Duration

        /// Creates a configuration.
        public init(poolRefreshInterval: Duration = .seconds(300)) {
            self.poolRefreshInterval = poolRefreshInterval
        }
    }

    /// Runs a body and returns how long it took.
    public typealias Stopwatch = @Sendable (() -> Void) -> Duration
    /// Runs a refresh off the scrape path (by default on a global dispatch queue).
    public typealias Background = @Sendable (@escaping @Sendable () -> Void) -> Void

    private let database: DatabasePool
    private let clock: any WallClock
    private let stopwatch: Stopwatch
    private let background: Background
    private let configuration: Configuration
    private let state = Mutex(State())

    private struct State {
        var events = EventTally()
        var missions = MissionTally()
        var applications = ApplicationTally()
        var pool: (figures: PoolSize, at: Instant)?
        var poolRefreshing = false
        var errors = 0
    }

    /// An exporter over `database`; `clock` gives "now" for the figures, `stopwatch` times
    /// scrapes, `background` runs the pool refresh.
    public init(
        database: DatabasePool, configuration: Configuration = .init(), clock: any WallClock = SystemClock(),
        stopwatch: @escaping Stopwatch = { ContinuousClock().measure($0) },
        background: @escaping Background = MetricsExporter.onGlobalQueue
    ) {
        self.database = database
        self.configuration = configuration
        self.clock = clock
        self.stopwatch = stopwatch
        self.background = background
    }

    /// Reads the figures and renders them; never throws (an error is counted and returned).
    public func scrape() -> Scrape {
        let (families, error, refreshPool) = state.withLock { state -> ([MetricFamily], (any Error)?, Bool) in
            var families: [MetricFamily] = []
            var failure: (any Error)?
            let now = clock.now
            let duration = stopwatch {
                do {
                    families = try database.read { connection in
                        let figures = try Self.read(&state, from: connection, at: now)
                        return ProgrammeMetrics.families(figures, events: state.events)
                            + (try RetentionMetrics.families(connection))
                    }
                } catch {
                    failure = error
                    families = []
                    // Half-advanced tallies are dropped: the next scrape reads everything again.
                    state.missions = MissionTally()
                    state.applications = ApplicationTally()
                }
            }
            if failure != nil { state.errors += 1 }
            var refresh = false
            if failure == nil, let pool = state.pool, !state.poolRefreshing,
                Self.seconds(from: pool.at, to: now) >= Self.seconds(configuration.poolRefreshInterval)
            {
                state.poolRefreshing = true
                refresh = true
            }
            let poolAge = state.pool.map { Self.seconds(from: $0.at, to: now) }
            return (
                families
                    + Self.ownFamilies(
                        duration: duration, errors: state.errors, failed: failure != nil,
                        poolAge: poolAge),
                failure, refresh
            )
        }
        if refreshPool { background { self.refreshPool() } }
        return Scrape(text: PrometheusText.render(families), error: error)
    }

    /// Reads every figure once without rendering them, so that the first scrape does not pay for
    /// reading the whole database (seconds at a million applications); run at start, off the
    /// serving thread. A failure is left for the first scrape to report.
    public func warmUp() {
        state.withLock { state in
            let now = clock.now
            do {
                _ = try database.read { try Self.read(&state, from: $0, at: now) }
            } catch {
                state.missions = MissionTally()
                state.applications = ApplicationTally()
            }
        }
    }

    /// Runs `body` on a global dispatch queue.
    public static let onGlobalQueue: Background = { body in
        DispatchQueue.global(qos: .utility).async(execute: body)
    }

    /// Advances the tallies of `state` to the snapshot of `connection` and gathers the figures.
    private static func read(_ state: inout State, from connection: Connection, at now: Instant) throws
        -> ProgrammeFigures
    {
        let kpis = ProgrammeKPIs(connection, now: now)
        let queries = ReportingQueries(connection)
        let last = try queries.lastEventID()
        var events = state.events
        try events.update(from: connection)
        try state.missions.update(from: connection, through: last)
        try state.applications.update(from: connection, through: last)
        let names = Dictionary(uniqueKeysWithValues: try queries.administrationNames().map { ($0.id, $0) })
        let (answerTimes, overdue) = state.applications.answerTimesAndOverdue(
            at: now, names: names.mapValues(\.acronym), proposing: state.missions.proposingAdministrations)
        let pool = try state.pool?.figures ?? kpis.pool()
        let engagement = try kpis.engagement()
        let recognition = try kpis.recognition()
        let visMonJob = try queries.visMonJobCounts()
        // Kept only once every figure was read, so a failed scrape counts no event twice.
        state.events = events
        if state.pool == nil { state.pool = (pool, now) }
        return ProgrammeFigures(
            missions: state.missions.counts(names: names), applications: state.applications.applications,
            overdue: overdue, answerTimes: answerTimes, pool: pool, engagement: engagement,
            recognition: recognition, visMonJob: visMonJob)
    }

    /// Recomputes the pool figures in their own read transaction; on failure the previous ones
    /// stay (their age tells) and the next scrape tries again.
    private func refreshPool() {
        let now = clock.now
        let pool = try? database.read { try ProgrammeKPIs($0, now: now).pool() }
        state.withLock { state in
            if let pool { state.pool = (pool, now) }
            state.poolRefreshing = false
        }
    }

    private static func seconds(from start: Instant, to end: Instant) -> Double {
        Double(end.millisecondsSinceEpoch - start.millisecondsSinceEpoch) / 1000
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    private static func ownFamilies(duration: Duration, errors: Int, failed: Bool, poolAge: Double?) -> [MetricFamily] {
        var seconds = MetricFamily(
            "talents_metrics_scrape_duration_seconds", type: .gauge,
            help: "Time this scrape took to read the database.")
        seconds.record(Self.seconds(duration))
        var errorCount = MetricFamily(
            "talents_metrics_scrape_errors_total", type: .counter,
            help: "Scrapes that failed to read the database since the exporter started.")
        errorCount.record(errors)
        var lastError = MetricFamily(
            "talents_metrics_last_scrape_error", type: .gauge,
            help: "1 when this scrape failed to read the database, else 0.")
        lastError.record(failed ? 1 : 0)
        var age = MetricFamily(
            "talents_metrics_figures_age_seconds", type: .gauge,
            help: "Age of the figures not read at every scrape, by group (pool: the talent_ and pool_ families).")
        if let poolAge { age.record(poolAge, labels: ["figures": "pool"]) }
        return [seconds, errorCount, lastError, age]
    }
}
