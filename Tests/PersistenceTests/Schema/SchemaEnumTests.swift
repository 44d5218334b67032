import Domain
import Foundation
import Persistence
import TestSupport
import Testing

/// A column that stores the raw values of a Swift enum under a CHECK (… IN (…)) constraint.
struct StoredEnum: Sendable, CustomTestStringConvertible {
    let table: String
    let column: String
    let rawValues: Set<String>

    var testDescription: String { "\(table).\(column)" }

    static let all = [
        StoredEnum(
            table: "administrations", column: "level", rawValues: Set(AdministrationLevel.allCases.map(\.rawValue))),
        StoredEnum(
            table: "administrations", column: "public_service",
            rawValues: Set(PublicService.allCases.map(\.rawValue))),
        StoredEnum(table: "user_roles", column: "role", rawValues: Set(Role.allCases.map(\.rawValue))),
        StoredEnum(table: "talents", column: "status", rawValues: Set(EmploymentStatus.allCases.map(\.rawValue))),
        StoredEnum(table: "missions", column: "nature", rawValues: Set(MissionNature.allCases.map(\.rawValue))),
        StoredEnum(table: "missions", column: "state", rawValues: Set(MissionState.allCases.map(\.rawValue))),
        StoredEnum(table: "applications", column: "status", rawValues: Set(ApplicationStatus.allCases.map(\.rawValue))),
        StoredEnum(table: "applications", column: "reason_code", rawValues: Set(ReasonCode.allCases.map(\.rawValue)))
    ]

    /// The values listed by the first `<column> IN (…)` of the table's CREATE statement.
    func checkedValues(_ connection: Connection) throws -> Set<String>? {
        let sql = try #require(
            try connection.scalar(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
                table, as: String.self))
        guard let start = sql.firstRange(of: "\(column) IN (")?.upperBound,
            let end = sql[start...].firstIndex(of: ")")
        else { return nil }
        return Set(
            sql[start..<end].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(
                    in: CharacterSet(charactersIn: "'"))
            })
    }
}

@Suite("Schema and Swift enums")
struct SchemaEnumTests {
    @Test("each CHECK list equals the raw values of its Swift enum", arguments: StoredEnum.all)
    func checkListsAgree(_ stored: StoredEnum) throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(try pool.read { try stored.checkedValues($0) } == stored.rawValues)
        }
    }

    @Test("each CHECK refuses a value its enum does not know", arguments: StoredEnum.all)
    func checkRefusesUnknownValue(_ stored: StoredEnum) throws {
        try withSeededDatabase { pool, seed throws in
            var application = try pool.write {
                try ApplicationStore($0).submit(
                    missionID: seed.mission.id, talentID: seed.talent.id,
                    motivation: "Oui.", by: Fixture.actor, at: Fixture.now)
            }
            // A declined row, so that reason_code holds a value the UPDATE below replaces.
            try application.decline(reason: try CodedReason(.missionFilled), at: Fixture.now.adding(days: 1))
            try pool.write {
                _ = try ApplicationStore($0).update(
                    application, action: "application.declined",
                    by: Fixture.actor, at: Fixture.now.adding(days: 1))
            }
            let error = #expect(throws: SQLiteError.self) {
                try pool.write { try $0.run("UPDATE \(stored.table) SET \(stored.column) = 'not-a-value'") }
            }
            #expect(error?.constraintKind == .check)
        }
    }

    @Test("every mission state is accepted through the store", arguments: MissionState.allCases)
    func missionStates(_ state: MissionState) throws {
        try withSeededDatabase { pool, seed throws in
            let later = Fixture.now.adding(days: 1)
            let mission = Mission(
                id: seed.mission.id, administrationID: seed.mission.administrationID,
                ownerID: seed.owner.id, details: seed.mission.details, state: state,
                rejectionReason: state == .draft ? "À reprendre" : nil, createdAt: Fixture.now,
                updatedAt: later, submittedAt: Fixture.now, publishedAt: Fixture.now,
                closedAt: state.isClosed ? later : nil)
            try pool.write {
                _ = try MissionStore($0).update(mission, action: "mission.forced", by: Fixture.actor, at: later)
            }
            #expect(try pool.read { try MissionStore($0).find(mission.id) } == mission)
        }
    }

    @Test("every application status is accepted through the store", arguments: ApplicationStatus.allCases)
    func applicationStatuses(_ status: ApplicationStatus) throws {
        try withSeededDatabase { pool, seed throws in
            let submitted = try pool.write {
                try ApplicationStore($0).submit(
                    missionID: seed.mission.id, talentID: seed.talent.id,
                    motivation: "Oui.", by: Fixture.actor, at: Fixture.now)
            }
            let reason = try CodedReason(.other, text: "Précision")
            let state: ApplicationState =
                switch status {
                case .submitted: .submitted
                case .interviewProposed: .interviewProposed(Interview(at: Fixture.now.adding(days: 3), means: "Visio"))
                case .accepted: .accepted
                case .declined: .declined(reason)
                case .withdrawn: .withdrawn(reason)
                }
            let later = Fixture.now.adding(days: 1)
            let application = Application(
                id: submitted.id, missionID: submitted.missionID,
                talentID: submitted.talentID, motivation: submitted.motivation, state: state,
                submittedAt: submitted.submittedAt,
                answeredAt: status == .submitted ? nil : later, updatedAt: later)
            try pool.write {
                _ = try ApplicationStore($0).update(
                    application, action: "application.forced",
                    by: Fixture.actor, at: later)
            }
            #expect(try pool.read { try ApplicationStore($0).find(application.id) } == application)
        }
    }

    @Test("every role is accepted through the store", arguments: Role.allCases)
    func roles(_ role: Role) throws {
        try withSeededDatabase { pool, seed throws in
            let user = try pool.write {
                try UserStore($0).insert(
                    .make(
                        email: "role@numerique.gouv.fr", roles: [role],
                        administrationID: seed.ministry.id),
                    by: Fixture.actor, at: Fixture.now)
            }
            #expect(try pool.read { try UserStore($0).find(user.id)?.roles } == [role])
        }
    }
}
