import Domain
import Foundation
import Persistence
import TestSupport
import Testing

/// The `sqlite3` command-line program, a second opinion independent of this module's code.
private enum SQLite3 {
    static let path = "/usr/bin/sqlite3"

    /// Runs `sql` on the database at `database`; returns the exit status and standard output.
    static func run(_ database: String, _ sql: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-bail", database, sql]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite(
    "Files written by the stores, checked by the sqlite3 program",
    .enabled(if: FileManager.default.isExecutableFile(atPath: SQLite3.path)))
struct ExternalCheckTests {
    /// Writes missions in every state and applications in every status, through the stores.
    private static func populate(_ pool: DatabasePool) throws {
        try pool.write { connection throws in
            let seed = try Seed.make(in: connection)
            let missions = MissionStore(connection)
            let applications = ApplicationStore(connection)
            let now = Fixture.now
            for state in MissionState.allCases {
                var mission = try missions.insert(
                    administrationID: seed.ministry.id, ownerID: seed.owner.id,
                    details: .make(title: "Mission \(state.rawValue)"),
                    by: Fixture.actor, at: now)
                switch state {
                case .draft: break
                case .submitted: try mission.submit(at: now)
                case .published:
                    try mission.submit(at: now)
                    try mission.publish(today: now.utcDate, at: now)
                case .closed(let closure):
                    try mission.submit(at: now)
                    try mission.publish(today: now.utcDate, at: now)
                    switch closure {
                    case .filled: try mission.closeAsFilled(at: now)
                    case .cancelled: try mission.cancel(at: now)
                    case .expired: try mission.expire(today: Fixture.date("2026-04-01"), at: now)
                    }
                }
                try missions.update(mission, action: "mission.\(state.rawValue)", by: Fixture.actor, at: now)
            }
            for number in 1...5 {
                let talent = try seed.addTalent(number, in: connection)
                var application = try applications.submit(
                    missionID: seed.mission.id, talentID: talent.id,
                    motivation: "Candidature \(number)", by: Fixture.actor,
                    at: now)
                let later = now.adding(days: 1)
                switch number {
                case 1: continue
                case 2: try application.proposeInterview(Interview(at: now.adding(days: 2), means: "Visio"), at: later)
                case 3: try application.accept(at: later)
                case 4: try application.decline(reason: try CodedReason(.missionFilled), at: later)
                default: try application.withdraw(reason: try CodedReason(.other, text: "Mutation"), at: later)
                }
                try applications.update(application, action: "application.changed", by: Fixture.actor, at: later)
            }
        }
    }

    @Test("integrity_check and foreign_key_check pass on a populated file, and the latter catches an orphan")
    func externalChecks() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            try Self.populate(try TalentsDatabase.open(path: path))
            // The pool is released: its last connection checkpointed the WAL into the file.

            let counts = try SQLite3.run(path, "SELECT count(*) FROM missions; SELECT count(*) FROM applications;")
            #expect(counts.status == 0 && counts.output == "7\n5\n")
            let integrity = try SQLite3.run(path, "PRAGMA integrity_check;")
            #expect(integrity.status == 0 && integrity.output == "ok\n")
            let foreignKeys = try SQLite3.run(path, "PRAGMA foreign_key_check;")
            #expect(foreignKeys.status == 0 && foreignKeys.output.isEmpty)

            // The check can fail: an orphan written with enforcement off is reported, by both programs.
            let orphan = try SQLite3.run(
                path,
                """
                PRAGMA foreign_keys = OFF;
                INSERT INTO talent_skills(talent_id, position, skill_code, level) VALUES (1, 9, 'dev-cobol', 2);
                """)
            #expect(orphan.status == 0)
            let report = try SQLite3.run(path, "PRAGMA foreign_key_check;")
            #expect(report.status == 0 && report.output.hasPrefix("talent_skills|"))
            let violations = try TalentsDatabase.open(path: path).foreignKeyCheck()
            #expect(violations.map(\.table) == ["talent_skills"] && violations.map(\.parent) == ["skills"])
        }
    }
}
