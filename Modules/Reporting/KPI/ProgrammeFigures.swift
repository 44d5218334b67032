public import Domain
public import Persistence

/// Every figure the exporter renders, read at one instant; ``ProgrammeKPIs/figures()`` computes
/// them with aggregate queries, the exporter partly from its tallies.
public struct ProgrammeFigures: Sendable {
    /// Missions by state, nature and ministry, sorted.
    public var missions: [ReportingQueries.MissionCount]
    /// Applications by status, every status listed.
    public var applications: [(status: ApplicationStatus, count: Int)]
    /// Applications overdue now, per administration that proposed a mission, sorted.
    public var overdue: [(administration: String, count: Int)]
    /// Answer times per administration with applications, sorted.
    public var answerTimes: [AnswerTimes]
    /// The pool.
    public var pool: PoolSize
    /// Agreements, mission orders and validated time.
    public var engagement: EngagementFigures
    /// Credits, distinctions and diplomas.
    public var recognition: RecognitionFigures
    /// *Vis mon job* registrations and pairs, per edition.
    public var visMonJob: [ReportingQueries.VisMonJobCount]

    /// Creates the figures.
    public init(
        missions: [ReportingQueries.MissionCount], applications: [(status: ApplicationStatus, count: Int)],
        overdue: [(administration: String, count: Int)], answerTimes: [AnswerTimes], pool: PoolSize,
        engagement: EngagementFigures, recognition: RecognitionFigures,
        visMonJob: [ReportingQueries.VisMonJobCount]
    ) {
        self.missions = missions
        self.applications = applications
        self.overdue = overdue
        self.answerTimes = answerTimes
        self.pool = pool
        self.engagement = engagement
        self.recognition = recognition
        self.visMonJob = visMonJob
    }
}

extension ProgrammeKPIs {
    /// Every figure the exporter renders, from aggregate queries (the reference the exporter's
    /// tallies are tested against).
    public func figures() throws -> ProgrammeFigures {
        ProgrammeFigures(
            missions: try missions(), applications: try applications(), overdue: try overdueApplications(),
            answerTimes: try answerTimes(), pool: try pool(), engagement: try engagement(),
            recognition: try recognition(), visMonJob: try queries.visMonJobCounts())
    }
}
