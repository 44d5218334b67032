public import Domain

extension ReportingQueries {
    /// The columns of one mission that the mission figures depend on.
    public struct MissionRow: Sendable, Hashable {
        /// The mission's id.
        public var id: Int64
        /// The proposing administration.
        public var administrationID: Int64
        /// The current state.
        public var state: MissionState
        /// The nature of the help asked for.
        public var nature: MissionNature

        /// Creates a row.
        public init(id: Int64, administrationID: Int64, state: MissionState, nature: MissionNature) {
            self.id = id
            self.administrationID = administrationID
            self.state = state
            self.nature = nature
        }
    }

    /// An administration with its acronym and its ministry's (the root of its tree).
    public struct AdministrationName: Sendable, Hashable {
        /// The administration's id.
        public var id: Int64
        /// Its acronym, and the acronym at the root of its tree.
        public var acronym: String, ministry: String

        /// Creates a name.
        public init(id: Int64, acronym: String, ministry: String) {
            self.id = id
            self.acronym = acronym
            self.ministry = ministry
        }
    }

    private static let missionRowSelect = "SELECT id, administration_id, state, nature FROM missions"

    /// Every mission.
    public func missionRows() throws -> [MissionRow] {
        try connection.query(Self.missionRowSelect, map: Self.missionRow)
    }

    /// The missions that audit events `(after, through]` are about.
    public func missionRows(changedAfter after: Int64, through: Int64) throws -> [MissionRow] {
        try connection.query(
            """
            \(Self.missionRowSelect) WHERE id IN (SELECT subject_id FROM audit_events
                                                  WHERE id > ?1 AND id <= ?2 AND +subject_type = 'mission')
            """, after, through, map: Self.missionRow)
    }

    /// Every administration with its acronym and its ministry's.
    public func administrationNames() throws -> [AdministrationName] {
        try connection.query(
            """
            \(Self.ministryCTE)
            SELECT administrations.id, administrations.acronym, ministry.acronym FROM administrations
                JOIN ministry ON ministry.id = administrations.id
            """
        ) { AdministrationName(id: try $0.int64(0), acronym: try $0.string(1), ministry: try $0.string(2)) }
    }

    private static func missionRow(_ row: Row) throws -> MissionRow {
        MissionRow(
            id: try row.int64(0), administrationID: try row.int64(1), state: try row.code(2),
            nature: try row.code(3))
    }
}
