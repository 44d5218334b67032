import Domain
import Persistence
import Reporting
import Testing

@Suite struct EventTallyTests {
    private func append(_ action: String, reason: String? = nil, to pool: DatabasePool) throws {
        try pool.write { connection in
            try AuditLog(connection).append(
                AuditEvent(
                    action: action, subjectType: "application", subjectID: 1, actor: .commandLine,
                    at: ProgrammeWorld.now, details: reason.map { ["reason": $0] } ?? [:]))
        }
    }

    @Test func anUpdateCountsOnlyTheNewEventsAndTotalsMatchAFullRecount() throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        var tally = EventTally()
        try database.pool.read { try tally.update(from: $0) }
        #expect(tally.counts.isEmpty)
        try append("application.submitted", to: database.pool)
        try append("application.declined", reason: "other", to: database.pool)
        try database.pool.read { try tally.update(from: $0) }
        try append("application.submitted", to: database.pool)
        try database.pool.read { try tally.update(from: $0) }
        try database.pool.read { try tally.update(from: $0) }
        #expect(
            tally.counts == [
                .init(action: "application.submitted", reason: nil): 2,
                .init(action: "application.declined", reason: "other"): 1
            ])
        #expect(tally.lastEventID == 3)

        var restarted = EventTally()
        try database.pool.read { try restarted.update(from: $0) }
        #expect(restarted == tally, "a new tally over the same trail (an exporter restart) continues the totals")
    }

    @Test func aTrailShorterThanCountedIsRecountedFromScratch() throws {
        let database = try TemporaryDatabase()
        let restored = try TemporaryDatabase()
        defer {
            database.remove()
            restored.remove()
        }
        for _ in 0..<3 { try append("mission.created", to: database.pool) }
        try append("mission.published", to: restored.pool)
        var tally = EventTally()
        try database.pool.read { try tally.update(from: $0) }
        try restored.pool.read { try tally.update(from: $0) }
        #expect(tally.counts == [.init(action: "mission.published", reason: nil): 1])
        #expect(tally.lastEventID == 1)
    }
}
