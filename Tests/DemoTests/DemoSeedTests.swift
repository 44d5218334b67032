import Demo
import Domain
import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Demo seed")
struct DemoSeedTests {
    /// Monday 16 March 2026, 10:30 UTC.
    static let now = Instant(millisecondsSinceEpoch: 1_773_657_000_000)

    @Test("creates the documented dataset, every state and status, with its rows")
    func documentedDataset() throws {
        try withDatabase { pool in
            let summary = try DemoSeed.run(on: pool, clock: FixedClock(Self.now))

            #expect(summary.ministries == 12)
            #expect(summary.directorates == 33)
            #expect(summary.users == 313)
            #expect(summary.talents == DemoSeed.talentCount)
            #expect(summary.talentsInPool == DemoSeed.pooledTalentCount)
            #expect(
                summary.missionsByState == [
                    .draft: 5, .submitted: 5, .published: 27, .closed(.filled): 9,
                    .closed(.cancelled): 4, .closed(.expired): 4
                ])
            for status in ApplicationStatus.allCases {
                #expect(summary.applicationsByStatus[status, default: 0] > 0, "no application \(status.rawValue)")
            }
            #expect(summary.overdueApplications == 11)
            // The engagement story: 13 agreements in every status, orders, time, credits, diplomas.
            #expect(
                summary.agreementsByStatus == [
                    .awaitingSignatures: 3, .refused: 1, .signed: 6, .interrupted: 1, .completed: 2
                ])
            #expect(summary.missionOrders == 8 && summary.cancelledMissionOrders == 1)
            for status in TimeReportStatus.allCases {
                #expect(summary.timeReportsByStatus[status, default: 0] > 0, "no time report \(status.rawValue)")
            }
            #expect(summary.administrationsWithStatements >= 4)
            #expect(summary.diplomas == 2)
            #expect(summary.distinctions > 0)
            #expect(summary.savedSearches == 4 && summary.invitations == 3)
            #expect(summary.visMonJob.editions == 1 && summary.visMonJob.ambassadors == DemoSeed.ambassadorCount)
            #expect(summary.visMonJob.pairs > summary.visMonJob.pairsDone && summary.visMonJob.pairsDone > 0)
            #expect(summary.visMonJob.coachingBookings == 4)

            try pool.read { connection throws in
                #expect(try AdministrationStore(connection).count() == summary.administrations)
                #expect(try TalentStore(connection).counts() == (200, 80))
                #expect(try MissionStore(connection).countsByState() == summary.missionsByState)
                let roles: [Role: Int] = [
                    .operator: 2, .referent: 12, .missionOwner: 33, .lineManager: 66,
                    .talent: 200
                ]
                for (role, count) in roles {
                    #expect(try UserStore(connection).count(holding: role) == count, "\(role)")
                }
                #expect(try applicationCounts(connection) == summary.applicationsByStatus)
                #expect(try ApplicationStore(connection).awaitingAnswer(dueBefore: Self.now).count == 11)
                #expect(try count(connection, "missions WHERE state = 'draft' AND rejection_reason IS NOT NULL") == 2)
                #expect(
                    try count(connection, "missions WHERE state = 'published' AND rejection_reason IS NOT NULL")
                        == 2)
                let reasons = try connection.query(
                    "SELECT DISTINCT reason_code FROM applications "
                        + "WHERE reason_code NOT NULL"
                ) {
                    try $0.string(0)
                }
                #expect(Set(reasons).isSuperset(of: ["profile-does-not-fit", "mission-filled", "no-longer-available"]))
            }
            #expect(try pool.integrityCheck().isEmpty)
            #expect(try pool.foreignKeyCheck().isEmpty)
        }
    }

    @Test("writes every change with its audit event: by the seed through the stores, by people through use cases")
    func auditTrail() throws {
        try withDatabase { pool in
            try DemoSeed.run(on: pool, clock: FixedClock(Self.now))
            try pool.read { connection throws in
                // The people of the engagement story act themselves; the platform's recognition
                // and the Vis mon job students are the system actors of those use cases.
                let actors = "('system:demo-seed', 'system:recognition', 'system:vmj-student')"
                #expect(
                    try count(connection, "audit_events WHERE actor NOT IN \(actors) AND actor NOT LIKE 'user:%'") == 0)
                #expect(
                    try count(connection, "audit_events WHERE action LIKE 'agreement.%' AND actor NOT LIKE 'user:%'")
                        == 0)
                let log = AuditLog(connection)
                #expect(try log.count(action: "administration.created") == 45)
                #expect(try log.count(action: "user.created") == 313)
                #expect(try log.count(action: "talent.created") == 200)
                #expect(try log.count(action: "talent.pool-joined") == 80)
                #expect(try log.count(action: "mission.created") == 54)
                #expect(try log.count(action: "badge.issued") == 2)
                #expect(
                    try log.count(action: "time-report.validated")
                        == count(connection, "time_reports WHERE status = 'validated'"))
                #expect(
                    try log.count(action: "mission.published")
                        == count(connection, "missions WHERE published_at IS NOT NULL"))
                #expect(try log.count(action: "mission.rejected") == 4)
                #expect(try log.count(action: "mission.edited") == 2)
                #expect(try log.count(action: "mission.expired") == 4)
                #expect(try log.count(action: "application.submitted") == count(connection, "applications"))
                #expect(
                    try log.count(action: "application.accepted")
                        == count(connection, "applications WHERE status = 'accepted'"))
            }
        }
    }

    @Test("tells a coherent story whatever the seed", arguments: [1, 2, 3, 99, UInt64.max])
    func coherentStory(seed: UInt64) throws {
        try withDatabase { pool in
            let summary = try DemoSeed.run(on: pool, clock: FixedClock(Self.now), seed: seed)
            #expect(summary.missions == 54)
            #expect(summary.agreements == 13)
            #expect(AgreementStatus.allCases.allSatisfy { summary.agreementsByStatus[$0, default: 0] > 0 })
            #expect(ApplicationStatus.allCases.allSatisfy { summary.applicationsByStatus[$0, default: 0] > 0 })
            let now = Self.now.millisecondsSinceEpoch
            let today = Self.now.utcDate.description
            try pool.read { connection throws in
                // Every mission's dates follow its life, before now.
                #expect(
                    try count(
                        connection,
                        """
                        missions WHERE submitted_at < created_at OR published_at < submitted_at
                            OR closed_at < coalesce(published_at, submitted_at, created_at)
                            OR max(created_at, updated_at, coalesce(closed_at, 0)) > \(now)
                        """) == 0)
                #expect(
                    try count(
                        connection,
                        """
                        missions WHERE state = 'published' AND application_deadline < '\(today)'
                        """) == 0)
                // Applications come after publication, by the deadline, answered after submission.
                #expect(
                    try count(
                        connection,
                        """
                        applications a JOIN missions m ON m.id = a.mission_id
                        WHERE a.submitted_at <= m.published_at
                            OR date(a.submitted_at / 1000, 'unixepoch') > m.application_deadline
                            OR a.answered_at < a.submitted_at OR a.updated_at < a.submitted_at OR a.updated_at > \(now)
                            OR (m.closed_at IS NOT NULL AND a.submitted_at > m.closed_at)
                        """) == 0)
                #expect(try count(connection, "talents WHERE pool_consent_at <= created_at") == 0)
                // The trail is in the order of the story.
                #expect(
                    try count(
                        connection,
                        """
                        audit_events a JOIN audit_events b ON b.id = a.id + 1 WHERE b.at < a.at OR a.at > \(now)
                        """) == 0)
                #expect(try count(connection, "users WHERE email GLOB '*[^a-z0-9.@-]*'") == 0)
            }
            #expect(try pool.integrityCheck().isEmpty)
            #expect(try pool.foreignKeyCheck().isEmpty)
        }
    }

    @Test("gives the same rows for the same seed, other rows for another")
    func deterministic() throws {
        let first = try withDatabase { pool in
            try (DemoSeed.run(on: pool, clock: FixedClock(Self.now), seed: 7), dump(pool))
        }
        let second = try withDatabase { pool in
            try (DemoSeed.run(on: pool, clock: FixedClock(Self.now), seed: 7), dump(pool))
        }
        let other = try withDatabase { pool in
            try dump(pool, afterSeeding: 8)
        }
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
        #expect(first.1["missions"]?.isEmpty == false)
        #expect(first.1 != other)
    }

    @Test("refuses a database that already holds administrations, writing nothing")
    func refusesNonEmptyDatabase() throws {
        try withDatabase { pool in
            try pool.write { connection throws in
                _ = try AdministrationStore(connection).insert(
                    NewAdministration(
                        name: "Direction interministérielle du numérique", acronym: "DINUM",
                        level: .ministry, parentID: nil),
                    by: .commandLine, at: Self.now)
            }
            #expect(throws: DemoSeedError.databaseNotEmpty(administrations: 1)) {
                try DemoSeed.run(on: pool, clock: FixedClock(Self.now))
            }
            try pool.read { connection throws in
                #expect(try count(connection, "audit_events") == 1)
                #expect(try count(connection, "users") == 0)
            }
        }
        try withDatabase { pool in
            let summary = try DemoSeed.run(on: pool, clock: FixedClock(Self.now))
            let before = try dump(pool)
            let error = #expect(throws: DemoSeedError.self) {
                try DemoSeed.run(on: pool, clock: FixedClock(Self.now.adding(days: 1)))
            }
            #expect(error == .databaseNotEmpty(administrations: summary.administrations))
            #expect(error?.code == "demo-seed-database-not-empty")
            #expect(try dump(pool) == before)
        }
    }

    // MARK: Helpers

    private static let tables = [
        "administrations", "users", "user_roles", "talents", "talent_skills", "missions",
        "mission_skills", "applications", "audit_events", "agreements", "mission_orders", "time_reports",
        "credit_movements", "distinctions", "vmj_pairs"
    ]

    /// Every row of the tables the seed writes, as text, by table.
    private func dump(_ pool: DatabasePool) throws -> [String: [String]] {
        try pool.read { connection throws in
            var rows: [String: [String]] = [:]
            for table in Self.tables {
                rows[table] = try connection.query("SELECT * FROM \(table) ORDER BY 1, 2") { row in
                    (0..<row.count).map { "\(row.value(.index($0)))" }.joined(separator: "|")
                }
            }
            return rows
        }
    }

    private func dump(_ pool: DatabasePool, afterSeeding seed: UInt64) throws -> [String: [String]] {
        try DemoSeed.run(on: pool, clock: FixedClock(Self.now), seed: seed)
        return try dump(pool)
    }

    private func count(_ connection: Connection, _ from: String) throws -> Int {
        try connection.scalar("SELECT count(*) FROM \(from)", as: Int.self) ?? 0
    }

    private func applicationCounts(_ connection: Connection) throws -> [ApplicationStatus: Int] {
        let pairs = try connection.query("SELECT status, count(*) FROM applications GROUP BY status") { row in
            (try #require(ApplicationStatus(rawValue: try row.string(0))), try row.int(1))
        }
        return Dictionary(uniqueKeysWithValues: pairs)
    }

    /// Runs `body` with a fresh migrated database in a temporary directory, removed afterwards.
    private func withDatabase<T>(_ body: (DatabasePool) throws -> T) throws -> T {
        try withTemporaryDatabase("DemoSeedTests") { pool, _ in try body(pool) }
    }
}
