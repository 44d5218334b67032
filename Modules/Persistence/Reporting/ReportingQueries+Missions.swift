public import Domain

extension ReportingQueries {
    /// The number of missions in one state, of one nature, proposed under one ministry.
    public struct MissionCount: Sendable, Hashable {
        /// The mission state.
        public var state: MissionState
        /// The nature of the help asked for.
        public var nature: MissionNature
        /// The acronym of the ministry at the root of the proposing administration.
        public var ministry: String
        /// How many missions.
        public var count: Int

        /// Creates a count.
        public init(state: MissionState, nature: MissionNature, ministry: String, count: Int) {
            self.state = state
            self.nature = nature
            self.ministry = ministry
            self.count = count
        }
    }

    /// Missions created in `period`, counted by state, nature and ministry (empty groups left out).
    public func missionCounts(createdIn period: ReportingPeriod = .always) throws -> [MissionCount] {
        try connection.query(
            """
            \(Self.ministryCTE)
            SELECT missions.state, missions.nature, ministry.acronym, count(*) FROM missions
                JOIN ministry ON ministry.id = missions.administration_id
            WHERE \(Self.period("missions.created_at", parameter: 1))
            GROUP BY missions.state, missions.nature, ministry.acronym
            """, period.from, period.until
        ) { row in
            MissionCount(
                state: try row.code(0), nature: try row.code(1), ministry: try row.string(2),
                count: try row.int(3))
        }
    }
}
