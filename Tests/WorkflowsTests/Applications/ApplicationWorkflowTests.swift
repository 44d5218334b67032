import Domain
import Persistence
import Testing
import Workflows

@Suite("Applications: applying, reading, answering, withdrawing, reopening")
struct ApplicationWorkflowTests {
    private let motivation = "J'ai conduit la refonte d'une API de rendez-vous."

    @Test("a talent with a profile applies to a published mission once; the view has the due date")
    func apply() throws {
        try TalentWorld.with { world throws in
            let view = try world.workflows.apply(
                to: world.published.id, motivation: "  \(motivation)  ",
                by: .user(world.camille))
            let application = view.application
            #expect(application.motivation == motivation && application.state == .submitted)
            #expect(application.talentID == world.camilleTalent.id && view.revision == 1)
            #expect(application.dueAt == TalentWorld.now.adding(days: 14) && !view.overdue)
            #expect(view.missionTitle == world.published.details.title)
            #expect(view.applicant == nil, "the applicant knows who they are")
            #expect(try world.auditCount("application.submitted") == 1)

            #expect(throws: ApplicationError.alreadyApplied(application.id)) {
                try world.workflows.apply(to: world.published.id, motivation: motivation, by: .user(world.camille))
            }
            #expect(throws: NotFoundError("mission", id: world.draft.id)) {
                try world.workflows.apply(to: world.draft.id, motivation: motivation, by: .user(world.camille))
            }
            #expect(throws: ApplicationError.talentProfileRequired) {
                try world.workflows.apply(to: world.published.id, motivation: motivation, by: .user(world.newcomer))
            }
            for caller in [Caller.user(world.owner), .commandLine] {
                #expect(throws: AccessError.roleRequired(action: "apply to a mission", roles: [.talent])) {
                    try world.workflows.apply(to: world.published.id, motivation: motivation, by: caller)
                }
            }
            #expect(throws: ApplicationError.motivationLength(count: 0)) {
                try world.workflows.apply(to: world.othersPublished.id, motivation: " ", by: .user(world.camille))
            }
            #expect(try world.count("applications") == 1)
        }
    }

    @Test("the applicant, the mission's owner and the operator read it; nobody else knows it exists")
    func read() throws {
        try TalentWorld.with { world throws in
            let id = try world.workflows.apply(
                to: world.published.id, motivation: motivation,
                by: .user(world.camille)
            ).application.id
            for user in [world.owner, world.operatorUser] {
                let view = try world.workflows.application(id, by: .user(user))
                #expect(view.applicant?.email == world.camille.email)
                #expect(view.applicant?.displayName == world.camille.displayName)
            }
            #expect(try world.workflows.application(id, by: .user(world.camille)).applicant == nil)
            #expect(try world.workflows.application(id, by: .commandLine).applicant != nil)
            for user in [world.dominique, world.otherOwner] {
                #expect(throws: NotFoundError("application", id: id)) {
                    try world.workflows.application(id, by: .user(user))
                }
            }
            #expect(throws: NotFoundError("application", id: ApplicationID(999))) {
                try world.workflows.application(999, by: .user(world.operatorUser))
            }
        }
    }

    @Test("the owner proposes an interview then accepts; rights and If-Match come first")
    func interviewThenAccept() throws {
        try TalentWorld.with { world throws in
            let id = try world.workflows.apply(
                to: world.published.id, motivation: motivation,
                by: .user(world.camille)
            ).application.id
            world.clock.advance(days: 2)
            let interview = Interview(at: world.clock.now.adding(days: 3), means: "Visioconférence")
            #expect(throws: ApplicationAccessError.missionOwnerOnly(.proposeInterview)) {
                try world.workflows.proposeInterview(interview, for: id, expectedRevision: 1, by: .user(world.camille))
            }
            #expect(throws: NotFoundError("application", id: id)) {
                try world.workflows.proposeInterview(
                    interview, for: id, expectedRevision: 1, by: .user(world.otherOwner))
            }
            #expect(throws: StaleRevisionError.self) {
                try world.workflows.proposeInterview(interview, for: id, expectedRevision: 7, by: .user(world.owner))
            }
            let past = Interview(at: world.clock.now.adding(hours: -1), means: "Visio")
            #expect(throws: ApplicationError.interviewNotInFuture(interviewAt: past.at, now: world.clock.now)) {
                try world.workflows.proposeInterview(past, for: id, expectedRevision: 1, by: .user(world.owner))
            }
            let proposed = try world.workflows.proposeInterview(
                interview, for: id, expectedRevision: 1,
                by: .user(world.owner))
            #expect(proposed.application.state == .interviewProposed(interview) && proposed.revision == 2)
            #expect(proposed.application.answeredAt == world.clock.now)
            world.clock.advance(days: 4)
            let accepted = try world.workflows.acceptApplication(id, expectedRevision: 2, by: .user(world.owner))
            #expect(accepted.application.state == .accepted && accepted.revision == 3)
            #expect(accepted.application.answeredAt == TalentWorld.now.adding(days: 2), "the first answer counts")
            #expect(throws: ApplicationError.invalidTransition(action: .accept, from: .accepted)) {
                try world.workflows.acceptApplication(id, expectedRevision: 3, by: .user(world.operatorUser))
            }
            let events = try world.database.read {
                try AuditLog($0).events(subjectType: "application", subjectID: id.rawValue)
            }
            #expect(
                events.map(\.action) == [
                    "application.submitted", "application.interview-proposed",
                    "application.accepted"
                ])
            #expect(events.map(\.actor) == [.user(world.camille.id), .user(world.owner.id), .user(world.owner.id)])
        }
    }

    @Test("the talent withdraws with a coded reason, even once accepted; nobody else may")
    func withdraw() throws {
        try TalentWorld.with { world throws in
            let id = try world.workflows.apply(
                to: world.published.id, motivation: motivation,
                by: .user(world.camille)
            ).application.id
            _ = try world.workflows.acceptApplication(id, expectedRevision: nil, by: .user(world.operatorUser))
            let reason = try CodedReason(.other, text: "Mutation")
            for user in [world.owner, world.operatorUser] {
                #expect(throws: ApplicationAccessError.applicantOnly(.withdraw)) {
                    try world.workflows.withdrawApplication(id, reason: reason, expectedRevision: 2, by: .user(user))
                }
            }
            let withdrawn = try world.workflows.withdrawApplication(
                id, reason: reason, expectedRevision: 2,
                by: .user(world.camille))
            #expect(withdrawn.application.state == .withdrawn(reason))
            #expect(try world.workflows.application(id, by: .user(world.owner)).application.state == .withdrawn(reason))
            // Withdrawn, the application no longer counts: the talent may apply again.
            _ = try world.workflows.apply(to: world.published.id, motivation: motivation, by: .user(world.camille))
        }
    }

    @Test("the operator reopens a decline made by mistake: submitted again, clock kept, audited")
    func reopen() throws {
        try TalentWorld.with { world throws in
            let id = try world.workflows.apply(
                to: world.published.id, motivation: motivation,
                by: .user(world.camille)
            ).application.id
            world.clock.advance(days: 1)
            let declined = try world.workflows.declineApplication(
                id, reason: try CodedReason(.profileDoesNotFit),
                expectedRevision: 1, by: .user(world.owner))
            #expect(declined.application.state == .declined(try CodedReason(.profileDoesNotFit)))
            world.clock.advance(days: 20)
            #expect(throws: AccessError.roleRequired(action: "reopen an application", roles: [.operator])) {
                try world.workflows.reopenApplication(id, reason: "Erreur", expectedRevision: 2, by: .user(world.owner))
            }
            #expect(throws: ApplicationError.reopeningReasonLength(count: 0)) {
                try world.workflows.reopenApplication(
                    id, reason: "  ", expectedRevision: 2,
                    by: .user(world.operatorUser))
            }
            let reopened = try world.workflows.reopenApplication(
                id, reason: "Refus saisi par erreur",
                expectedRevision: 2, by: .user(world.operatorUser))
            #expect(reopened.application.state == .submitted && reopened.revision == 3)
            #expect(reopened.application.answeredAt == TalentWorld.now.adding(days: 1))
            #expect(!reopened.overdue, "answered once: the 14 days are not restarted")
            let stored = try world.workflows.application(id, by: .user(world.owner))
            #expect(stored.application == reopened.application)
            #expect(stored.application.reopeningReason == "Refus saisi par erreur")
            #expect(try world.auditCount("application.reopened") == 1)
            #expect(throws: ApplicationError.invalidTransition(action: .reopen, from: .submitted)) {
                try world.workflows.reopenApplication(id, reason: "Encore", expectedRevision: nil, by: .commandLine)
            }
        }
    }

    @Test("reopening is refused when the talent applied again since, or the mission closed")
    func reopenRefused() throws {
        try TalentWorld.with { world throws in
            let first = try world.workflows.apply(
                to: world.published.id, motivation: motivation,
                by: .user(world.camille)
            ).application.id
            _ = try world.workflows.declineApplication(
                first, reason: try CodedReason(.missionFilled),
                expectedRevision: nil, by: .user(world.owner))
            let second = try world.workflows.apply(
                to: world.published.id, motivation: motivation,
                by: .user(world.camille)
            ).application.id
            #expect(throws: ApplicationError.alreadyApplied(second)) {
                try world.workflows.reopenApplication(first, reason: "Erreur", expectedRevision: nil, by: .commandLine)
            }
            let other = try world.workflows.apply(
                to: world.othersPublished.id, motivation: motivation,
                by: .user(world.dominique)
            ).application.id
            _ = try world.workflows.declineApplication(
                other, reason: try CodedReason(.missionFilled),
                expectedRevision: nil, by: .user(world.otherOwner))
            let revision = try world.database.read { try MissionStore($0).findVersioned(world.othersPublished.id) }
            _ = try world.workflows.closeMission(
                world.othersPublished.id, as: .filled,
                expectedRevision: revision?.revision, by: .user(world.otherOwner))
            #expect(throws: ApplicationError.missionNotPublished(.closed(.filled))) {
                try world.workflows.reopenApplication(other, reason: "Erreur", expectedRevision: nil, by: .commandLine)
            }
            #expect(try world.auditCount("application.reopened") == 0)
        }
    }
}
