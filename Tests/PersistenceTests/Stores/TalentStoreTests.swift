import Domain
import Persistence
import Testing

@Suite("TalentStore")
struct TalentStoreTests {
    @Test(
        "what is inserted is what find returns: every field, skills in declared order",
        arguments: EmploymentStatus.allCases)
    func roundTrip(_ status: EmploymentStatus) throws {
        try withSeededDatabase { pool, seed throws in
            let profile = TalentProfile.make(
                employerID: seed.directorate.id, status: status, departement: "974",
                skills: [
                    TalentSkill("sec-governance", .practice),
                    TalentSkill("arch-enterprise", .expert),
                    TalentSkill("dev-python", .notions),
                    TalentSkill("data-bi", .mastery)
                ])
            let talent = try pool.write { connection throws in
                let user = try UserStore(connection).insert(
                    .make(email: "agent@outre-mer.gouv.fr"),
                    by: Fixture.actor, at: Fixture.now)
                return try TalentStore(connection).insert(
                    userID: user.id, profile: profile,
                    by: Fixture.actor, at: Fixture.now)
            }
            #expect(talent.profile == profile && talent.poolConsentAt == nil)
            try pool.read { connection throws in
                let store = TalentStore(connection)
                #expect(try store.find(talent.id) == talent)
                #expect(try store.find(userID: talent.userID) == talent)
                #expect(try store.find(seed.talent.id) == seed.talent)
                #expect(try store.find(TalentID(99)) == nil)
                #expect(try store.find(userID: seed.owner.id) == nil)
            }
        }
    }

    @Test("an open availability and an empty presentation round-trip")
    func optionalFields() throws {
        try withSeededDatabase { pool, seed throws in
            let profile = TalentProfile.make(
                employerID: seed.ministry.id, skills: [TalentSkill("dev-java", .expert)],
                availability: Availability(hoursPerMonth: 151), presentation: "   ")
            let talent = try pool.write {
                try TalentStore($0).insert(userID: seed.owner.id, profile: profile, by: Fixture.actor, at: Fixture.now)
            }
            #expect(talent.profile.presentation.isEmpty)
            #expect(try pool.read { try TalentStore($0).find(talent.id) } == talent)
        }
    }

    @Test("a profile update persists: skills replaced and reordered, employer changed, created_at kept")
    func profileUpdate() throws {
        try withSeededDatabase { pool, seed throws in
            var talent = seed.talent
            var profile = talent.profile
            profile.employerID = seed.directorate.id
            profile.status = .contractAgent
            profile.skills = [TalentSkill("dev-backend", .expert), TalentSkill("mgmt-team", .practice)]
            profile.availability = Availability(hoursPerMonth: 20, from: nil, until: Fixture.date("2027-06-30"))
            profile.lineManager = LineManager(
                name: "Sacha Petit", email: Fixture.email("sacha.petit@interieur.gouv.fr"))
            try talent.updateProfile(profile)
            let later = Fixture.now.adding(days: 3)
            try pool.write {
                _ = try TalentStore($0).update(
                    talent, action: "talent.profile-updated", by: .user(talent.userID),
                    at: later)
            }
            try pool.read { connection throws in
                #expect(try TalentStore(connection).find(talent.id) == talent)
                #expect(try connection.count("talent_skills") == 2)
                let stamps = try connection.queryOne(
                    "SELECT created_at, updated_at FROM talents WHERE id = ?",
                    talent.id
                ) {
                    (
                        try $0.decode(0, as: Instant.self),
                        try $0.decode(1, as: Instant.self)
                    )
                }
                #expect(stamps?.0 == Fixture.now && stamps?.1 == later)
            }
        }
    }

    @Test("joining and leaving the pool persist the consent instant to the millisecond")
    func pool() throws {
        try withSeededDatabase { pool, seed throws in
            var talent = seed.talent
            let consent = Fixture.now.adding(hours: 5, milliseconds: 123)
            try talent.joinPool(consent: true, at: consent)
            try pool.write {
                _ = try TalentStore($0).update(
                    talent, action: "talent.pool-joined", by: .user(talent.userID),
                    at: consent)
            }
            try pool.read { connection throws in
                let found = try TalentStore(connection).find(talent.id)
                #expect(found?.poolConsentAt == consent)
                #expect(found == talent)
                #expect(try TalentStore(connection).counts() == (all: 1, inPool: 1))
            }
            try talent.leavePool()
            try pool.write {
                _ = try TalentStore($0).update(
                    talent, action: "talent.pool-left", by: .user(talent.userID),
                    at: consent.adding(days: 1))
            }
            try pool.read { connection throws in
                #expect(try TalentStore(connection).find(talent.id)?.poolConsentAt == nil)
                #expect(try TalentStore(connection).counts() == (all: 1, inPool: 0))
            }
        }
    }

    @Test("every write appends exactly one audit event with the right action, subject, actor and time")
    func auditEvents() throws {
        try withSeededDatabase { pool, seed throws in
            var talent = seed.talent
            let joined = Fixture.now.adding(days: 1)
            try talent.joinPool(consent: true, at: joined)
            let before = try pool.read { try $0.count("audit_events") }
            try pool.write {
                _ = try TalentStore($0).update(
                    talent, action: "talent.pool-joined", by: .user(talent.userID),
                    at: joined)
            }
            let events = try pool.read { try AuditLog($0).events(subjectType: "talent", subjectID: talent.id.rawValue) }
            let employer = String(seed.ministry.id.rawValue)
            #expect(
                events == [
                    AuditEvent(
                        action: "talent.created", subjectType: "talent", subjectID: talent.id.rawValue,
                        actor: .user(seed.talentUser.id), at: Fixture.now,
                        details: ["employerID": employer, "inPool": "false", "employmentConfirmed": "false"]),
                    AuditEvent(
                        action: "talent.pool-joined", subjectType: "talent", subjectID: talent.id.rawValue,
                        actor: .user(seed.talentUser.id), at: joined,
                        details: ["employerID": employer, "inPool": "true", "employmentConfirmed": "false"])
                ])
            #expect(try pool.read { try $0.count("audit_events") } == before + 1)
        }
    }

    @Test("a transaction that throws after an insert or an update keeps neither the change nor its event")
    func rollback() throws {
        try withSeededDatabase { pool, seed throws in
            let before = try pool.read {
                (
                    try $0.count("talents"), try $0.count("talent_skills"),
                    try $0.count("audit_events")
                )
            }
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    _ = try TalentStore(connection).insert(
                        userID: seed.owner.id,
                        profile: .make(employerID: seed.ministry.id),
                        by: Fixture.actor, at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            var talent = seed.talent
            try talent.joinPool(consent: true, at: Fixture.now)
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    try TalentStore(connection).update(
                        talent, action: "talent.pool-joined", by: Fixture.actor,
                        at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            try pool.read { connection throws in
                #expect(
                    (
                        try connection.count("talents"), try connection.count("talent_skills"),
                        try connection.count("audit_events")
                    ) == before)
                #expect(try TalentStore(connection).find(seed.talent.id) == seed.talent)
            }
        }
    }

    @Test("a second profile for the same user is TalentError.profileExists")
    func profileExists() throws {
        try withSeededDatabase { pool, seed throws in
            #expect(throws: TalentError.profileExists(seed.talent.id)) {
                try pool.write {
                    try TalentStore($0).insert(
                        userID: seed.talentUser.id, profile: .make(employerID: seed.directorate.id),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(try pool.read { try TalentStore($0).counts().all } == 1)
        }
    }

    @Test("an unknown user, employer or talent is a NotFoundError naming the field")
    func notFound() throws {
        try withSeededDatabase { pool, seed throws in
            #expect(throws: NotFoundError("user", key: "99", field: "userID")) {
                try pool.write {
                    try TalentStore($0).insert(
                        userID: 99, profile: .make(employerID: seed.ministry.id),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(throws: NotFoundError("administration", key: "99", field: "employerID")) {
                try pool.write {
                    try TalentStore($0).insert(
                        userID: seed.owner.id, profile: .make(employerID: 99),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            let ghost = Talent(id: 99, userID: seed.owner.id, profile: seed.talent.profile, poolConsentAt: nil)
            #expect(throws: NotFoundError("talent", key: "99")) {
                try pool.write {
                    _ = try TalentStore($0).update(
                        ghost, action: "talent.profile-updated",
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            var moved = seed.talent
            var profile = moved.profile
            profile.employerID = 99
            try moved.updateProfile(profile)
            #expect(throws: NotFoundError("administration", key: "99", field: "employerID")) {
                try pool.write {
                    _ = try TalentStore($0).update(
                        moved, action: "talent.profile-updated",
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(try pool.read { try TalentStore($0).find(seed.talent.id) } == seed.talent)
        }
    }

    @Test("the skill foreign key refuses a code missing from the skills table")
    func skillForeignKey() throws {
        try withSeededDatabase { pool, seed throws in
            // A taxonomy that knows a skill the database was never told about.
            let cobol = Skill(code: "dev-cobol", name: "Développement COBOL", family: .development)
            let taxonomy = SkillTaxonomy(SkillTaxonomy.standard.skills + [cobol])
            let error = #expect(throws: SQLiteError.self) {
                try pool.write {
                    try TalentStore($0).insert(
                        userID: seed.owner.id,
                        profile: .make(
                            employerID: seed.ministry.id,
                            skills: [TalentSkill("dev-cobol", .expert)]),
                        taxonomy: taxonomy, by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(error?.constraintKind == .foreignKey)
            try pool.read { connection throws in
                #expect(try TalentStore(connection).find(userID: seed.owner.id) == nil)
                #expect(try connection.count("talent_skills") == seed.talent.profile.skills.count)
            }
        }
    }

    @Test("an unknown skill is refused by the domain before SQLite sees it")
    func unknownSkill() throws {
        try withSeededDatabase { pool, seed throws in
            #expect(throws: TalentError.unknownSkill("dev-cobol", index: 1)) {
                try pool.write {
                    try TalentStore($0).insert(
                        userID: seed.owner.id,
                        profile: .make(
                            employerID: seed.ministry.id,
                            skills: [
                                TalentSkill("dev-java", .expert),
                                TalentSkill("dev-cobol", .expert)
                            ]),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(try pool.read { try TalentStore($0).find(userID: seed.owner.id) } == nil)
        }
    }
}
