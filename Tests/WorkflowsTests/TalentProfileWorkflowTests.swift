import Domain
import Persistence
import Testing
import Workflows

@Suite("Talent profiles")
struct TalentProfileWorkflowTests {
    @Test("a talent creates their own profile once, outside the pool, with its audit event")
    func createOwnProfile() throws {
        try TalentWorld.with { world throws in
            let profile = TalentProfile.make(employerID: world.ministry.id)
            let created = try world.workflows.createTalentProfile(
                profile, for: world.newcomer.id,
                by: .user(world.newcomer))
            #expect(created.revision == 1)
            #expect(created.value.userID == world.newcomer.id)
            #expect(!created.value.isVisibleInPool)
            #expect(try world.workflows.ownTalentProfile(by: .user(world.newcomer)) == created)
            let events = try world.database.read {
                try AuditLog($0).events(subjectType: "talent", subjectID: created.value.id.rawValue)
            }
            #expect(events.map(\.action) == ["talent.created"])
            #expect(events.first?.actor == .user(world.newcomer.id))

            #expect(throws: TalentError.profileExists(created.value.id)) {
                try world.workflows.createTalentProfile(profile, for: world.newcomer.id, by: .user(world.newcomer))
            }
            #expect(try world.count("talents") == 3)
        }
    }

    @Test("only a talent creates a profile, only their own; the command line only for a talent")
    func createRights() throws {
        try TalentWorld.with { world throws in
            let profile = TalentProfile.make(employerID: world.ministry.id)
            #expect(throws: AccessError.roleRequired(action: "create a talent profile", roles: [.talent])) {
                try world.workflows.createTalentProfile(profile, for: world.owner.id, by: .user(world.owner))
            }
            #expect(throws: AccessError.notOwner(action: "create a talent profile")) {
                try world.workflows.createTalentProfile(profile, for: world.newcomer.id, by: .user(world.camille))
            }
            #expect(throws: AccessError.roleRequired(action: "create a talent profile", roles: [.talent])) {
                try world.workflows.createTalentProfile(profile, for: world.owner.id, by: .commandLine)
            }
            #expect(try world.count("talents") == 2)
            let created = try world.workflows.createTalentProfile(profile, for: world.newcomer.id, by: .commandLine)
            #expect(created.value.userID == world.newcomer.id)
        }
    }

    @Test("an invalid profile or an unknown employer is refused and writes nothing")
    func createInvalid() throws {
        try TalentWorld.with { world throws in
            let unknownSkill = TalentProfile.make(
                employerID: world.ministry.id,
                skills: [TalentSkill("dev-cobol-quantique", .expert)])
            #expect(throws: TalentError.unknownSkill("dev-cobol-quantique", index: 0)) {
                try world.workflows.createTalentProfile(unknownSkill, for: world.newcomer.id, by: .user(world.newcomer))
            }
            #expect(throws: NotFoundError("administration", id: AdministrationID(999), field: "employerID")) {
                try world.workflows.createTalentProfile(
                    .make(employerID: 999), for: world.newcomer.id,
                    by: .user(world.newcomer))
            }
            #expect(try world.count("talents") == 2)
            #expect(try world.auditCount("talent.created") == 2)
        }
    }

    @Test("the owner edits with the current revision; a stale one is refused and changes nothing")
    func editWithRevision() throws {
        try TalentWorld.with { world throws in
            let id = world.camilleTalent.id
            let edited = TalentProfile.make(
                employerID: world.ministry.id, departement: "974",
                presentation: "  Architecte API.  ")
            let updated = try world.workflows.updateTalentProfile(
                id, edited, expectedRevision: 1,
                by: .user(world.camille))
            #expect(updated.revision == 2)
            #expect(updated.value.profile.presentation == "Architecte API.")
            #expect(try world.talent(id)?.profile.departement.code == "974")
            #expect(try world.auditCount("talent.profile-updated") == 1)

            let stale = #expect(throws: StaleRevisionError.self) {
                try world.workflows.updateTalentProfile(
                    id, .make(employerID: world.ministry.id), expectedRevision: 1,
                    by: .user(world.camille))
            }
            #expect(stale?.expected == 1 && stale?.current == 2)
            #expect(try world.talent(id) == updated.value)
            #expect(try world.revision(of: id) == 2)
            #expect(try world.auditCount("talent.profile-updated") == 1)
        }
    }

    @Test("nobody else edits a profile: 404 for who may not see it, 403 for who may")
    func editRights() throws {
        try TalentWorld.with { world throws in
            let id = world.camilleTalent.id
            let profile = TalentProfile.make(employerID: world.ministry.id, departement: "13")
            let notFound = NotFoundError("talent", id: id)
            #expect(throws: notFound) {
                try world.workflows.updateTalentProfile(id, profile, expectedRevision: 1, by: .user(world.dominique))
            }
            #expect(throws: notFound) {
                try world.workflows.updateTalentProfile(id, profile, expectedRevision: 1, by: .user(world.owner))
            }
            let forbidden = AccessError.notOwner(action: "edit a talent profile")
            #expect(throws: forbidden) {
                try world.workflows.updateTalentProfile(id, profile, expectedRevision: 1, by: .user(world.operatorUser))
            }
            try world.join(world.camilleTalent)
            #expect(throws: forbidden) {
                try world.workflows.updateTalentProfile(id, profile, expectedRevision: 2, by: .user(world.owner))
            }
            #expect(throws: NotFoundError("talent", id: TalentID(999))) {
                try world.workflows.updateTalentProfile(999, profile, expectedRevision: 1, by: .user(world.camille))
            }
            #expect(try world.talent(id)?.profile.departement.code == "2A")
            #expect(try world.auditCount("talent.profile-updated") == 0)
        }
    }

    @Test("a whole profile is read by its owner and the operator only")
    func readRights() throws {
        try TalentWorld.with { world throws in
            let id = world.camilleTalent.id
            #expect(try world.workflows.talentProfile(id, by: .user(world.camille)).value == world.camilleTalent)
            #expect(try world.workflows.talentProfile(id, by: .user(world.operatorUser)).revision == 1)
            try world.join(world.camilleTalent)
            for stranger in [world.dominique, world.owner] {
                #expect(throws: NotFoundError("talent", id: id)) {
                    try world.workflows.talentProfile(id, by: .user(stranger))
                }
            }
            #expect(throws: NotFoundError("talent", key: "me")) {
                try world.workflows.ownTalentProfile(by: .user(world.newcomer))
            }
            #expect(throws: AccessError.roleRequired(action: "read one's talent profile", roles: [.talent])) {
                try world.workflows.ownTalentProfile(by: .user(world.owner))
            }
        }
    }
}
