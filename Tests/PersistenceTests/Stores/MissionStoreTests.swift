import Domain
import Persistence
import Testing

@Suite("MissionStore")
struct MissionStoreTests {
    @Test("what is inserted is what find returns, for every nature", arguments: MissionNature.allCases)
    func roundTrip(_ nature: MissionNature) throws {
        try withSeededDatabase { pool, seed throws in
            let details = MissionDetails.make(
                title: "  Audit « sécurité » du SI ", nature: nature,
                requiredSkills: [
                    SkillRequirement("sec-audit", minimumLevel: .expert),
                    SkillRequirement("arch-technical", minimumLevel: .notions),
                    SkillRequirement("cloud-linux", minimumLevel: .practice)
                ],
                effortHours: 105, departement: "2B", remote: false, talentsSought: 20, crisis: true)
            let mission = try pool.write {
                try MissionStore($0).insert(
                    administrationID: seed.ministry.id, ownerID: seed.owner.id,
                    details: details, by: .user(seed.owner.id), at: Fixture.now)
            }
            #expect(mission.details.title == "Audit « sécurité » du SI" && mission.details.nature == nature)
            #expect(mission.state == .draft && mission.createdAt == Fixture.now && mission.submittedAt == nil)
            try pool.read { connection throws in
                #expect(try MissionStore(connection).find(mission.id) == mission)
                #expect(try MissionStore(connection).find(seed.mission.id) == seed.mission)
                #expect(try MissionStore(connection).find(MissionID(99)) == nil)
            }
        }
    }

    @Test("a remote mission without département round-trips")
    func remoteOnly() throws {
        try withSeededDatabase { pool, seed throws in
            let mission = try pool.write {
                try MissionStore($0).insert(
                    administrationID: seed.directorate.id, ownerID: seed.owner.id,
                    details: .make(departement: nil, remote: true), by: Fixture.actor,
                    at: Fixture.now)
            }
            let found = try pool.read { try MissionStore($0).find(mission.id) }
            #expect(found == mission && found?.details.departement == nil)
        }
    }

    @Test("every state persists after its transition, with its timestamps", arguments: MissionState.allCases)
    func states(_ state: MissionState) throws {
        try withSeededDatabase { pool, seed throws in
            let mission = try pool.write { connection throws in
                let store = MissionStore(connection)
                var mission = try store.insert(
                    administrationID: seed.directorate.id, ownerID: seed.owner.id,
                    details: .make(), by: Fixture.actor, at: Fixture.now)
                var clock = Fixture.now
                func step(_ action: String, _ transition: (inout Mission, Instant) throws -> Void) throws {
                    clock = clock.adding(hours: 1)
                    try transition(&mission, clock)
                    try store.update(mission, action: action, by: Fixture.actor, at: clock)
                }
                try step("mission.submitted") { try $0.submit(at: $1) }
                switch state {
                case .draft: try step("mission.rejected") { try $0.reject(reason: "Préciser le livrable.", at: $1) }
                case .submitted: break
                case .published: try step("mission.published") { try $0.publish(today: $1.utcDate, at: $1) }
                case .closed(.cancelled): try step("mission.cancelled") { try $0.cancel(at: $1) }
                case .closed(.filled):
                    try step("mission.published") { try $0.publish(today: $1.utcDate, at: $1) }
                    try step("mission.closed-filled") { try $0.closeAsFilled(at: $1) }
                case .closed(.expired):
                    try step("mission.published") { try $0.publish(today: $1.utcDate, at: $1) }
                    try step("mission.expired") { try $0.expire(today: Fixture.date("2026-04-01"), at: $1) }
                }
                return mission
            }
            #expect(mission.state == state)
            try pool.read { connection throws in
                let store = MissionStore(connection)
                #expect(try store.find(mission.id) == mission)
                #expect(try store.all(in: state).map(\.id).contains(mission.id))
            }
            if state == .draft { #expect(mission.rejectionReason == "Préciser le livrable.") }
            if state.isClosed { #expect(mission.closedAt != nil) }
        }
    }

    @Test("all(in:) and countsByState() see each state")
    func listing() throws {
        try withSeededDatabase { pool, seed throws in
            let drafts = try pool.write { connection throws in
                try (1...3).map { number in
                    try MissionStore(connection).insert(
                        administrationID: seed.ministry.id, ownerID: seed.owner.id,
                        details: .make(title: "Mission \(number)"), by: Fixture.actor,
                        at: Fixture.now)
                }
            }
            try pool.read { connection throws in
                let store = MissionStore(connection)
                #expect(try store.all(in: .draft) == drafts)
                #expect(try store.all(in: .published) == [seed.mission])
                #expect(try store.all(in: .closed(.filled)).isEmpty)
                #expect(try store.countsByState() == [.draft: 3, .published: 1])
            }
        }
    }

    @Test("an edit in draft persists and replaces the required skills")
    func edit() throws {
        try withSeededDatabase { pool, seed throws in
            let later = Fixture.now.adding(days: 1)
            let mission = try pool.write { connection throws in
                let store = MissionStore(connection)
                var mission = try store.insert(
                    administrationID: seed.ministry.id, ownerID: seed.owner.id,
                    details: .make(), by: Fixture.actor, at: Fixture.now)
                try mission.edit(
                    .make(
                        title: "Nouveau titre", nature: .advice,
                        requiredSkills: [SkillRequirement("legal-gdpr", minimumLevel: .mastery)],
                        effortHours: 7, departement: "13", remote: false, talentsSought: 1),
                    at: later)
                try store.update(mission, action: "mission.edited", by: .user(seed.owner.id), at: later)
                return mission
            }
            try pool.read { connection throws in
                #expect(try MissionStore(connection).find(mission.id) == mission)
                #expect(
                    try connection.scalar(
                        "SELECT count(*) FROM mission_skills WHERE mission_id = ?", mission.id,
                        as: Int.self) == 1)
            }
        }
    }

    @Test("every write appends exactly one audit event with the right action, subject, actor and time")
    func auditEvents() throws {
        try withSeededDatabase { pool, seed throws in
            let events = try pool.read {
                try AuditLog($0).events(subjectType: "mission", subjectID: seed.mission.id.rawValue)
            }
            let administration = String(seed.directorate.id.rawValue)
            #expect(
                events == [
                    AuditEvent(
                        action: "mission.created", subjectType: "mission", subjectID: seed.mission.id.rawValue,
                        actor: .user(seed.owner.id), at: Fixture.now,
                        details: ["state": "draft", "administrationID": administration]),
                    AuditEvent(
                        action: "mission.published", subjectType: "mission", subjectID: seed.mission.id.rawValue,
                        actor: .system("seed"), at: Fixture.now,
                        details: ["state": "published", "administrationID": administration])
                ])
            var mission = seed.mission
            let closed = Fixture.now.adding(days: 10)
            try mission.closeAsFilled(at: closed)
            let before = try pool.read { try $0.count("audit_events") }
            try pool.write {
                _ = try MissionStore($0).update(
                    mission, action: "mission.closed-filled",
                    by: .user(seed.owner.id), at: closed)
            }
            let last = try pool.read { try AuditLog($0).recent(limit: 1) }
            #expect(
                last == [
                    AuditEvent(
                        action: "mission.closed-filled", subjectType: "mission",
                        subjectID: mission.id.rawValue, actor: .user(seed.owner.id), at: closed,
                        details: ["state": "closed-filled", "administrationID": administration])
                ])
            #expect(try pool.read { try $0.count("audit_events") } == before + 1)
        }
    }

    @Test("a transaction that throws after an insert or an update keeps neither the change nor its event")
    func rollback() throws {
        try withSeededDatabase { pool, seed throws in
            let before = try pool.read {
                (
                    try $0.count("missions"), try $0.count("mission_skills"),
                    try $0.count("audit_events")
                )
            }
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    _ = try MissionStore(connection).insert(
                        administrationID: seed.ministry.id, ownerID: seed.owner.id,
                        details: .make(), by: Fixture.actor, at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            var cancelled = seed.mission
            try cancelled.cancel(at: Fixture.now)
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    try MissionStore(connection).update(
                        cancelled, action: "mission.cancelled", by: Fixture.actor,
                        at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            try pool.read { connection throws in
                #expect(
                    (
                        try connection.count("missions"), try connection.count("mission_skills"),
                        try connection.count("audit_events")
                    ) == before)
                #expect(try MissionStore(connection).find(seed.mission.id) == seed.mission)
            }
        }
    }

    @Test("an unknown administration, owner or mission is a NotFoundError naming the field")
    func notFound() throws {
        try withSeededDatabase { pool, seed throws in
            #expect(throws: NotFoundError("administration", key: "99", field: "administrationID")) {
                try pool.write {
                    try MissionStore($0).insert(
                        administrationID: 99, ownerID: seed.owner.id, details: .make(),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(throws: NotFoundError("user", key: "99", field: "ownerID")) {
                try pool.write {
                    try MissionStore($0).insert(
                        administrationID: seed.ministry.id, ownerID: 99, details: .make(),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            let ghost = Mission(
                id: 99, administrationID: seed.ministry.id, ownerID: seed.owner.id,
                details: seed.mission.details, state: .draft, rejectionReason: nil,
                createdAt: Fixture.now, updatedAt: Fixture.now, submittedAt: nil, publishedAt: nil,
                closedAt: nil)
            #expect(throws: NotFoundError("mission", key: "99")) {
                try pool.write {
                    _ = try MissionStore($0).update(
                        ghost, action: "mission.edited", by: Fixture.actor,
                        at: Fixture.now)
                }
            }
            #expect(try pool.read { try $0.count("missions") } == 1)
        }
    }

    @Test("the skill foreign key refuses a required skill missing from the skills table")
    func skillForeignKey() throws {
        try withSeededDatabase { pool, seed throws in
            let taxonomy = SkillTaxonomy(
                SkillTaxonomy.standard.skills
                    + [Skill(code: "dev-cobol", name: "COBOL", family: .development)])
            let error = #expect(throws: SQLiteError.self) {
                try pool.write {
                    try MissionStore($0).insert(
                        administrationID: seed.ministry.id, ownerID: seed.owner.id,
                        details: .make(requiredSkills: [
                            SkillRequirement(
                                "dev-cobol",
                                minimumLevel: .expert)
                        ]),
                        taxonomy: taxonomy, by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(error?.constraintKind == .foreignKey)
            #expect(try pool.read { try $0.count("missions") } == 1)
        }
    }
}
