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
        /// Agreements by their status.
        public var agreementsByStatus: [AgreementStatus: Int]
        /// Mission orders issued, the cancelled ones included.
        public var missionOrders: Int
        /// Mission orders cancelled.
        public var cancelledMissionOrders: Int
        /// Time reports by status.
        public var timeReportsByStatus: [TimeReportStatus: Int]
        /// Movements of the credit ledger (two per transfer).
        public var creditMovements: Int
        /// Administrations whose credit statement has lines.
        public var administrationsWithStatements: Int
        /// Diplomas (Open Badges assertions) issued.
        public var diplomas: Int
        /// Distinctions awarded.
        public var distinctions: Int
        /// Saved searches.
        public var savedSearches: Int
        /// Invitations of talents of the pool.
        public var invitations: Int
        /// Vis mon job: ambassadors, students, pairs and pairs whose day is done.
        public var visMonJob: VisMonJob

        /// What the seed's Vis mon job edition holds.
        public struct VisMonJob: Sendable, Equatable {
            /// Editions.
            public var editions: Int
            /// Ambassadors.
            public var ambassadors: Int
            /// Students.
            public var students: Int
            /// Coaching slots booked.
            public var coachingBookings: Int
            /// Pairs published.
            public var pairs: Int
            /// Pairs whose day is done.
            public var pairsDone: Int

            /// Creates the figures.
            public init(
                editions: Int, ambassadors: Int, students: Int, coachingBookings: Int, pairs: Int, pairsDone: Int
            ) {
                self.editions = editions
                self.ambassadors = ambassadors
                self.students = students
                self.coachingBookings = coachingBookings
                self.pairs = pairs
                self.pairsDone = pairsDone
            }
        }

        /// Creates a summary.
        public init(
            ministries: Int, directorates: Int, users: Int, talents: Int, talentsInPool: Int,
            missionsByState: [MissionState: Int], applicationsByStatus: [ApplicationStatus: Int],
            overdueApplications: Int, agreementsByStatus: [AgreementStatus: Int], missionOrders: Int,
            cancelledMissionOrders: Int, timeReportsByStatus: [TimeReportStatus: Int], creditMovements: Int,
            administrationsWithStatements: Int, diplomas: Int, distinctions: Int, savedSearches: Int,
            invitations: Int, visMonJob: VisMonJob
        ) {
            self.ministries = ministries
            self.directorates = directorates
            self.users = users
            self.talents = talents
            self.talentsInPool = talentsInPool
            self.missionsByState = missionsByState
            self.applicationsByStatus = applicationsByStatus
            self.overdueApplications = overdueApplications
            self.agreementsByStatus = agreementsByStatus
            self.missionOrders = missionOrders
            self.cancelledMissionOrders = cancelledMissionOrders
            self.timeReportsByStatus = timeReportsByStatus
            self.creditMovements = creditMovements
            self.administrationsWithStatements = administrationsWithStatements
            self.diplomas = diplomas
            self.distinctions = distinctions
            self.savedSearches = savedSearches
            self.invitations = invitations
            self.visMonJob = visMonJob
        }

        /// Ministries, directorates and services.
        public var administrations: Int { ministries + directorates }
        /// Missions in all states.
        public var missions: Int { missionsByState.values.reduce(0, +) }
        /// Applications in all statuses.
        public var applications: Int { applicationsByStatus.values.reduce(0, +) }
        /// Agreements in all statuses.
        public var agreements: Int { agreementsByStatus.values.reduce(0, +) }
        /// Time reports in all statuses.
        public var timeReports: Int { timeReportsByStatus.values.reduce(0, +) }

        /// Two lines: the people, missions and applications, then the engagements and what
        /// they earned, states and statuses in their declared order.
        public var description: String {
            let states = MissionState.allCases.map { "\(missionsByState[$0, default: 0]) \($0.rawValue)" }
            let statuses = ApplicationStatus.allCases.map { "\(applicationsByStatus[$0, default: 0]) \($0.rawValue)" }
            let agreementStatuses = AgreementStatus.allCases.map {
                "\(agreementsByStatus[$0, default: 0]) \($0.rawValue)"
            }
            let reportStatuses = TimeReportStatus.allCases.map {
                "\(timeReportsByStatus[$0, default: 0]) \($0.rawValue)"
            }
            return "\(administrations) administrations (\(ministries) ministries), \(users) users, "
                + "\(talents) talents (\(talentsInPool) in the pool), "
                + "\(missions) missions (\(states.joined(separator: ", "))), "
                + "\(applications) applications (\(statuses.joined(separator: ", ")); \(overdueApplications) overdue)\n"
                + "\(agreements) agreements (\(agreementStatuses.joined(separator: ", "))), "
                + "\(missionOrders) mission orders (\(cancelledMissionOrders) cancelled), "
                + "\(timeReports) time reports (\(reportStatuses.joined(separator: ", "))), "
                + "\(creditMovements) credit movements on \(administrationsWithStatements) accounts, "
                + "\(diplomas) diplomas, \(distinctions) distinctions, \(savedSearches) saved searches, "
                + "\(invitations) invitations; Vis mon job: \(visMonJob.editions) edition, "
                + "\(visMonJob.ambassadors) ambassadors, \(visMonJob.students) students, "
                + "\(visMonJob.coachingBookings) coaching bookings, \(visMonJob.pairs) pairs "
                + "(\(visMonJob.pairsDone) done)"
        }
    }
}
