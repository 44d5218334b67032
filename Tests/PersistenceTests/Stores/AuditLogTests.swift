import Domain
import Persistence
import TestSupport
import Testing

@Suite("AuditLog")
struct AuditLogTests {
    private static let events = [
        AuditEvent(
            action: "mission.published", subjectType: "mission", subjectID: 7, actor: .user(42),
            at: Fixture.now, details: ["state": "published", "note": "«é» \"quoted\" \\ \n ✓"]),
        AuditEvent(
            action: "demo.seeded", subjectType: "database", subjectID: nil, actor: .system("demo-seed"),
            at: Fixture.now.adding(milliseconds: 1)),
        AuditEvent(
            action: "mission.expired", subjectType: "mission", subjectID: 7, actor: .commandLine,
            at: Fixture.now.adding(days: 30), details: ["state": "closed-expired"])
    ]

    @Test("appended events read back equal: by subject oldest first, recent newest first, counted by action")
    func roundTrip() throws {
        try withTalentsDatabase { pool, _ throws in
            let numbers = try pool.write { connection throws in
                try Self.events.map { try AuditLog(connection).append($0) }
            }
            #expect(numbers == numbers.sorted() && Set(numbers).count == 3)
            try pool.read { connection throws in
                let log = AuditLog(connection)
                #expect(try log.events(subjectType: "mission", subjectID: 7) == [Self.events[0], Self.events[2]])
                #expect(try log.events(subjectType: "mission", subjectID: 8).isEmpty)
                #expect(try log.recent(limit: 2) == [Self.events[2], Self.events[1]])
                #expect(try log.recent(limit: 10) == Self.events.reversed())
                #expect(try log.count(action: "mission.published") == 1)
                #expect(try log.count(action: "mission.cancelled") == 0)
            }
        }
    }

    @Test("details are stored as JSON with sorted keys, the actor as its text")
    func storedForm() throws {
        try withTalentsDatabase { pool, _ throws in
            try pool.write { connection throws in
                try AuditLog(connection).append(
                    AuditEvent(
                        action: "x.y", subjectType: "x", subjectID: 1,
                        actor: .user(3), at: Fixture.now,
                        details: ["b": "2", "a": "1"]))
            }
            let row = try pool.read { connection throws in
                try connection.queryOne("SELECT actor, details, at FROM audit_events") {
                    (try $0.string(0), try $0.string(1), try $0.int64(2))
                }
            }
            #expect(row?.0 == "user:3")
            #expect(row?.1 == #"{"a":"1","b":"2"}"#)
            #expect(row?.2 == Fixture.now.millisecondsSinceEpoch)
        }
    }

    @Test(
        "UPDATE and DELETE are refused by the append-only triggers",
        arguments: [
            "UPDATE audit_events SET action = 'forged' WHERE id = 1",
            "UPDATE audit_events SET details = '{}'",
            "DELETE FROM audit_events WHERE id = 1",
            // Without WHERE: SQLite's truncate optimisation must not skip the trigger.
            "DELETE FROM audit_events"
        ])
    func appendOnly(_ sql: String) throws {
        try withTalentsDatabase { pool, _ throws in
            try pool.write { connection throws in
                for event in Self.events { try AuditLog(connection).append(event) }
            }
            let error = #expect(throws: SQLiteError.self) {
                try pool.write { try $0.run(sql) }
            }
            #expect(error?.constraintKind == .trigger)
            #expect(error?.message.contains("audit_events is append-only") == true)
            #expect(try pool.read { try AuditLog($0).recent(limit: 10) } == Self.events.reversed())
        }
    }

    @Test("details that are not JSON are refused by the CHECK constraint")
    func detailsMustBeJSON() throws {
        try withTalentsDatabase { pool, _ throws in
            let error = #expect(throws: SQLiteError.self) {
                try pool.write { connection throws in
                    try connection.run(
                        """
                        INSERT INTO audit_events(at, actor, action, subject_type, details) VALUES (0, 'cli', 'a', 's', '{')
                        """)
                }
            }
            #expect(error?.constraintKind == .check)
        }
    }

    @Test("a stored actor that is not an actor is a mismatch error when read")
    func corruptActor() throws {
        try withTalentsDatabase { pool, _ throws in
            try pool.write { connection throws in
                try connection.run(
                    """
                    INSERT INTO audit_events(at, actor, action, subject_type, subject_id) VALUES (0, 'nobody', 'a', 's', 1)
                    """)
            }
            let error = #expect(throws: SQLiteError.self) {
                try pool.read { try AuditLog($0).events(subjectType: "s", subjectID: 1) }
            }
            #expect(error?.isMismatch == true)
        }
    }
}
