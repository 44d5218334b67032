import Domain
import Persistence
import Testing
import Workflows

@Suite("Mission use cases: moderation, rights, revisions")
struct MissionLifecycleTests {
    @Test("drafted, submitted, rejected, edited, resubmitted, published, closed: each step audited and revised")
    func fullJourney() throws {
        try MissionWorld.with { world in
            let owner = Caller.user(world.owner)
            let operatorCaller = Caller.user(world.operatorUser)
            let draft = try world.draft()
            #expect(draft.revision == 1)
            #expect(draft.value.state == .draft)
            #expect(draft.value.administrationID == world.directorate.id, "the owner's administration by default")
            let id = draft.value.id
            let submitted = try world.workflows.submitMission(id, expectedRevision: 1, by: owner)
            let rejected = try world.workflows.rejectMission(
                id, reason: "  Préciser le livrable.  ",
                expectedRevision: submitted.revision, by: operatorCaller)
            #expect(rejected.value.state == .draft)
            #expect(rejected.value.rejectionReason == "Préciser le livrable.")
            world.clock.advance(days: 1)
            let edited = try world.workflows.editMission(
                id, details: .make(title: "Sécuriser l'API (v2)"),
                expectedRevision: rejected.revision, by: owner)
            #expect(edited.value.details.title == "Sécuriser l'API (v2)")
            #expect(edited.value.updatedAt == world.clock.now)
            let resubmitted = try world.workflows.submitMission(id, expectedRevision: edited.revision, by: owner)
            let published = try world.workflows.publishMission(
                id, expectedRevision: resubmitted.revision,
                by: operatorCaller)
            #expect(published.value.state == .published)
            #expect(published.value.publishedAt == world.clock.now)
            let closed = try world.workflows.closeMission(
                id, as: .filled, expectedRevision: published.revision,
                by: owner)
            #expect(closed.value.state == .closed(.filled))
            #expect(closed.revision == 7)
            #expect(try world.workflows.mission(id, by: owner).revision == 7)
            #expect(
                try world.auditActions(id) == [
                    "mission.created", "mission.submitted", "mission.rejected",
                    "mission.edited", "mission.submitted", "mission.published",
                    "mission.closed-as-filled"
                ])
        }
    }

    @Test("a draft or submitted mission does not exist for talents and other owners; the operator sees it")
    func visibility() throws {
        try MissionWorld.with { world in
            let draft = try world.draft()
            for outsider in [world.talent, world.otherOwner] {
                #expect(throws: NotFoundError("mission", id: draft.value.id)) {
                    try world.workflows.mission(draft.value.id, by: .user(outsider))
                }
                #expect(throws: NotFoundError("mission", id: draft.value.id)) {
                    try world.workflows.submitMission(draft.value.id, expectedRevision: 1, by: .user(outsider))
                }
            }
            #expect(try world.workflows.mission(draft.value.id, by: .user(world.operatorUser)).value == draft.value)
            let published = try world.published(.make(title: "Publiée"))
            #expect(try world.workflows.mission(published.value.id, by: .user(world.talent)).value.state == .published)
            #expect(throws: NotFoundError("mission", id: MissionID(999))) {
                try world.workflows.mission(999, by: .user(world.owner))
            }
        }
    }

    @Test("who may act: owners edit, submit and close theirs; the operator publishes, rejects and may cancel")
    func rights() throws {
        try MissionWorld.with { world in
            let draft = try world.draft()
            let id = draft.value.id
            #expect(throws: MissionAccessError.ownerOnly(.edit)) {
                try world.workflows.editMission(
                    id, details: .make(), expectedRevision: 1,
                    by: .user(world.operatorUser))
            }
            #expect(throws: MissionAccessError.ownerOnly(.submit)) {
                try world.workflows.submitMission(id, expectedRevision: 1, by: .user(world.operatorUser))
            }
            let submitted = try world.workflows.submitMission(id, expectedRevision: 1, by: .user(world.owner))
            #expect(throws: AccessError.roleRequired(action: "publish a mission", roles: [.operator])) {
                try world.workflows.publishMission(id, expectedRevision: submitted.revision, by: .user(world.owner))
            }
            #expect(throws: AccessError.roleRequired(action: "reject a mission", roles: [.operator])) {
                try world.workflows.rejectMission(
                    id, reason: "Non", expectedRevision: submitted.revision,
                    by: .user(world.owner))
            }
            let published = try world.workflows.publishMission(
                id, expectedRevision: submitted.revision,
                by: .user(world.operatorUser))
            for outsider in [world.talent, world.otherOwner] {
                #expect(throws: AccessError.notOwner(action: "cancel this mission")) {
                    try world.workflows.closeMission(
                        id, as: .cancelled, expectedRevision: published.revision,
                        by: .user(outsider))
                }
            }
            let cancelled = try world.workflows.closeMission(
                id, as: .cancelled, expectedRevision: published.revision,
                by: .user(world.operatorUser))
            #expect(cancelled.value.state == .closed(.cancelled))
            #expect(try world.auditActions(id).last == "mission.cancelled")
        }
    }

    @Test("a stale revision is refused before the rule, and nothing changes")
    func staleRevision() throws {
        try MissionWorld.with { world in
            let draft = try world.draft()
            let id = draft.value.id
            _ = try world.workflows.submitMission(id, expectedRevision: 1, by: .user(world.owner))
            // Stale and also an illegal transition (editing a submitted mission): 412 wins.
            #expect(throws: StaleRevisionError.self) {
                try world.workflows.editMission(
                    id, details: .make(title: "Autre"), expectedRevision: 1,
                    by: .user(world.owner))
            }
            #expect(throws: MissionError.invalidTransition(action: .edit, from: .submitted)) {
                try world.workflows.editMission(
                    id, details: .make(title: "Autre"), expectedRevision: 2,
                    by: .user(world.owner))
            }
            let stored = try world.workflows.mission(id, by: .user(world.owner))
            #expect(stored.revision == 2)
            #expect(stored.value.details.title == MissionDetails.make().title)
            #expect(try world.auditActions(id) == ["mission.created", "mission.submitted"])
        }
    }

    @Test("owners create for their administration or one under it, never elsewhere")
    func creationReach() throws {
        try MissionWorld.with { world in
            #expect(try world.draft(for: world.service.id).value.administrationID == world.service.id)
            #expect(throws: MissionAccessError.administrationOutOfReach(world.ministry.id)) {
                try world.draft(for: world.ministry.id)
            }
            #expect(throws: MissionAccessError.administrationOutOfReach(world.otherMinistry.id)) {
                try world.draft(for: world.otherMinistry.id)
            }
            #expect(throws: NotFoundError("administration", id: AdministrationID(99), field: "administrationID")) {
                try world.draft(for: 99)
            }
            // A talent whose employment no referent confirmed proposes nothing (issue 22).
            #expect(throws: MissionAccessError.employmentNotConfirmed) { try world.draft(by: world.talent) }
            #expect(throws: AccessError.roleRequired(action: "create a mission", roles: [.missionOwner])) {
                try world.workflows.createMission(NewMission(details: .make()), by: .commandLine)
            }
            let homeless = try world.workflows.addUser(
                NewUser(
                    displayName: "Sans administration", email: try EmailAddress("sans@numerique.gouv.fr"),
                    roles: [.missionOwner]), by: .commandLine)
            #expect(throws: MissionAccessError.administrationRequired) { try world.draft(by: homeless) }
            #expect(throws: MissionError.titleLength(count: 0)) { try world.draft(.make(title: "  ")) }
            #expect(try world.database.read { try MissionStore($0).countsByState() } == [.draft: 1])
        }
    }

    @Test("the administrations offered for a mission are those createMission accepts")
    func administrationsForMission() throws {
        try MissionWorld.with { world in
            func ids(_ forest: [AdministrationNode]) -> [AdministrationID] {
                forest.flatMap { [$0.administration.id] + ids($0.children) }
            }
            let offered = try world.workflows.administrationsForMission(by: .user(world.owner))
            #expect(offered.map(\.administration.id) == [world.directorate.id])
            #expect(ids(offered) == [world.directorate.id, world.service.id])
            for id in ids(offered) { #expect(try world.draft(for: id).value.administrationID == id) }
            #expect(
                ids(try world.workflows.administrationsForMission(by: .user(world.otherOwner))) == [
                    world.otherMinistry.id
                ])
            // The operator does not propose as such (issue 22).
            #expect(throws: MissionAccessError.employmentNotConfirmed) {
                try world.workflows.administrationsForMission(by: .user(world.operatorUser))
            }
            #expect(throws: AccessError.self) { try world.workflows.administrationsForMission(by: .commandLine) }
            let moderator = try world.workflows.addUser(
                NewUser(
                    displayName: "Opératrice et porteuse", email: try EmailAddress("op.porteuse@numerique.gouv.fr"),
                    roles: [.operator, .missionOwner], administrationID: world.service.id), by: .commandLine)
            let everything = try world.workflows.administrationsForMission(by: .user(moderator))
            #expect(
                Set(ids(everything)) == [
                    world.ministry.id, world.directorate.id, world.service.id, world.otherMinistry.id
                ])
            #expect(everything == (try world.workflows.administrationTree()))
            let homeless = try world.workflows.addUser(
                NewUser(
                    displayName: "Sans administration", email: try EmailAddress("sans@numerique.gouv.fr"),
                    roles: [.missionOwner]), by: .commandLine)
            #expect(try world.workflows.administrationsForMission(by: .user(homeless)).isEmpty)
        }
    }

    @Test("the rejection reason is for the owner and the operator only")
    func rejectionReasonPresented() throws {
        try MissionWorld.with { world in
            let draft = try world.draft()
            let id = draft.value.id
            let submitted = try world.workflows.submitMission(id, expectedRevision: 1, by: .user(world.owner))
            let rejected = try world.workflows.rejectMission(
                id, reason: "Budget absent",
                expectedRevision: submitted.revision,
                by: .user(world.operatorUser))
            let resubmitted = try world.workflows.submitMission(
                id, expectedRevision: rejected.revision,
                by: .user(world.owner))
            _ = try world.workflows.publishMission(
                id, expectedRevision: resubmitted.revision,
                by: .user(world.operatorUser))
            #expect(try world.workflows.mission(id, by: .user(world.owner)).value.rejectionReason == "Budget absent")
            #expect(try world.workflows.mission(id, by: .user(world.operatorUser)).value.rejectionReason != nil)
            #expect(try world.workflows.mission(id, by: .user(world.talent)).value.rejectionReason == nil)
            let listed = try world.workflows.missions(matching: MissionSearch(), by: .user(world.talent))
            #expect(listed.items.map(\.rejectionReason) == [nil])
        }
    }

    @Test("closing names filled or cancelled; expiry is not a caller's choice")
    func closingReasons() throws {
        try MissionWorld.with { world in
            let published = try world.published()
            #expect(throws: UnknownValueError(field: "reason", value: "expired", allowed: ["filled", "cancelled"])) {
                try world.workflows.closeMission(
                    published.value.id, as: .expired, expectedRevision: published.revision,
                    by: .user(world.owner))
            }
            let draft = try world.draft(.make(title: "Brouillon"))
            #expect(throws: MissionError.invalidTransition(action: .closeAsFilled, from: .draft)) {
                try world.workflows.closeMission(
                    draft.value.id, as: .filled, expectedRevision: 1,
                    by: .user(world.owner))
            }
        }
    }
}
