public import Domain
public import Persistence

/// The programme's key figures, read through one connection at one instant: the single place
/// that defines them. The reports read them; the metrics exporter keeps some of them up to date
/// incrementally (``MissionTally``, ``ApplicationTally``) and is tested against them.
///
/// Every figure is computed from the current rows and the append-only audit trail; nothing is
/// counted a second time elsewhere. Create one inside `DatabasePool.read` so all figures come
/// from the same snapshot. Each area of the programme adds its figures in an extension
/// (`ProgrammeKPIs+Area.swift`) over a query of `ReportingQueries`.
public struct ProgrammeKPIs {
    /// The caller's connection.
    let connection: Connection
    /// The instant "now" for figures that depend on it (overdue, past due).
    public let now: Instant
    /// The period that figures about events cover (missions created, applications submitted,
    /// audit events recorded in it); current states such as the pool ignore it.
    public let period: ReportingPeriod

    /// The figures seen through `connection` at `now`, over `period`.
    public init(_ connection: Connection, now: Instant, period: ReportingPeriod = .always) {
        self.connection = connection
        self.now = now
        self.period = period
    }

    /// The aggregate queries, on the caller's connection.
    var queries: ReportingQueries { ReportingQueries(connection) }

    /// Missions created in the period, by state, nature and ministry, sorted by ministry,
    /// state then nature.
    public func missions() throws -> [ReportingQueries.MissionCount] {
        try queries.missionCounts(createdIn: period).sorted {
            ($0.ministry, $0.state.rawValue, $0.nature.rawValue) < ($1.ministry, $1.state.rawValue, $1.nature.rawValue)
        }
    }

    /// Applications submitted in the period, for every status (0 included), in the
    /// declaration order of ``ApplicationStatus``.
    public func applications() throws -> [(status: ApplicationStatus, count: Int)] {
        let counts = try queries.applicationCounts(submittedIn: period)
        return ApplicationStatus.allCases.map { ($0, counts[$0] ?? 0) }
    }

    /// For every administration that proposed a mission, the applications to its missions
    /// unanswered after their due date at ``now``, sorted by acronym.
    public func overdueApplications() throws -> [(administration: String, count: Int)] {
        try queries.overdueCounts(at: now).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Audit events recorded in the period, by action and reason, sorted.
    public func events() throws -> [ReportingQueries.EventCount] {
        try queries.eventCounts(in: period).sorted { ($0.action, $0.reason ?? "") < ($1.action, $1.reason ?? "") }
    }
}
