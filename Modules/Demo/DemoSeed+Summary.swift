public import Domain

extension DemoSeed {
    /// What a seed created.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        /// Ministries.
        public var ministries: Int
        /// Directorates and services under them.
        public var directorates: Int
        /// Users, talents included.
        public var users: Int
        /// Talents.
        public var talents: Int
        /// Talents in the pool.
        public var talentsInPool: Int
        /// Missions by their final state.
        public var missionsByState: [MissionState: Int]
        /// Applications by their final status.
        public var applicationsByStatus: [ApplicationStatus: Int]
        /// Applications still unanswered 14 days after they were submitted.
        public var overdueApplications: Int

        /// Creates a summary.
        public init(
            ministries: Int, directorates: Int, users: Int, talents: Int, talentsInPool: Int,
            missionsByState: [MissionState: Int], applicationsByStatus: [ApplicationStatus: Int],
            overdueApplications: Int
        ) {
            self.ministries = ministries
            self.directorates = directorates
            self.users = users
            self.talents = talents
            self.talentsInPool = talentsInPool
            self.missionsByState = missionsByState
            self.applicationsByStatus = applicationsByStatus
            self.overdueApplications = overdueApplications
        }

        /// Ministries, directorates and services.
        public var administrations: Int { ministries + directorates }
        /// Missions in all states.
        public var missions: Int { missionsByState.values.reduce(0, +) }
        /// Applications in all statuses.
        public var applications: Int { applicationsByStatus.values.reduce(0, +) }

        /// One line, states and statuses in their declared order.
        public var description: String {
            let states = MissionState.allCases.map { "\(missionsByState[$0, default: 0]) \($0.rawValue)" }
            let statuses = ApplicationStatus.allCases.map { "\(applicationsByStatus[$0, default: 0]) \($0.rawValue)" }
            return "\(administrations) administrations (\(ministries) ministries), \(users) users, "
                + "\(talents) talents (\(talentsInPool) in the pool), "
                + "\(missions) missions (\(states.joined(separator: ", "))), "
                + "\(applications) applications (\(statuses.joined(separator: ", ")); \(overdueApplications) overdue)"
        }
    }
}
