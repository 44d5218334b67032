import Domain
import Persistence
import Testing
import Workflows

@Suite("Invitations to apply")
struct InvitationWorkflowTests {
    @Test("an owner invites a pool talent to their published mission once; the talent lists it")
    func inviteOnce() throws {
        try TalentWorld.with { world throws in
            try world.join(world.camilleTalent)
            let new = NewInvitation(talentID: world.camilleTalent.id, message: "  Votre profil API nous intéresse.  ")
            let invitation = try world.workflows.invite(new, to: world.published.id, by: .user(world.owner))
            #expect(invitation.message == "Votre profil API nous intéresse.")
            #expect(invitation.invitedBy == world.owner.id)
            #expect(invitation.createdAt == TalentWorld.now)
            let events = try world.database.read {
                try AuditLog($0).events(subjectType: "invitation", subjectID: invitation.id.rawValue)
            }
            #expect(events.map(\.action) == ["invitation.created"])
            #expect(
                events.first?.details == [
                    "missionID": String(world.published.id.rawValue),
                    "talentID": String(world.camilleTalent.id.rawValue)
                ])

            #expect(throws: InvitationError.alreadyInvited(world.published.id, world.camilleTalent.id)) {
                try world.workflows.invite(new, to: world.published.id, by: .user(world.operatorUser))
            }
            #expect(try world.count("invitations") == 1)

            let received = try world.workflows.receivedInvitations(by: .user(world.camille))
            #expect(received.map(\.invitation) == [invitation])
            #expect(received.first?.missionTitle == world.published.details.title)
            #expect(received.first?.missionState == .published)
            #expect(try world.workflows.receivedInvitations(by: .user(world.dominique)).isEmpty)
            #expect(try world.workflows.invitations(of: world.published.id, by: .user(world.owner)) == [invitation])
            #expect(
                try world.workflows.invitation(invitation.id, of: world.published.id, by: .user(world.owner))
                    == invitation)
            #expect(throws: NotFoundError("invitation", id: invitation.id)) {
                try world.workflows.invitation(invitation.id, of: world.draft.id, by: .user(world.owner))
            }
        }
    }

    @Test("a talent outside the pool, or unknown, is not found")
    func talentOutsidePool() throws {
        try TalentWorld.with { world throws in
            for talentID in [world.camilleTalent.id, TalentID(999)] {
                #expect(throws: NotFoundError("talent", id: talentID, field: "talentID")) {
                    try world.workflows.invite(
                        NewInvitation(talentID: talentID), to: world.published.id,
                        by: .user(world.owner))
                }
            }
            #expect(try world.count("invitations") == 0)
        }
    }

    @Test("only the mission's owner or the operator invites; another owner learns nothing of a draft")
    func inviteRights() throws {
        try TalentWorld.with { world throws in
            try world.join(world.camilleTalent)
            let new = NewInvitation(talentID: world.camilleTalent.id)
            let action = "invite a talent to a mission"
            #expect(throws: AccessError.roleRequired(action: action, roles: [.missionOwner, .operator])) {
                try world.workflows.invite(new, to: world.published.id, by: .user(world.dominique))
            }
            #expect(throws: AccessError.notOwner(action: action)) {
                try world.workflows.invite(new, to: world.published.id, by: .user(world.otherOwner))
            }
            #expect(throws: NotFoundError("mission", id: world.draft.id)) {
                try world.workflows.invite(new, to: world.draft.id, by: .user(world.otherOwner))
            }
            #expect(throws: NotFoundError("mission", id: MissionID(999))) {
                try world.workflows.invite(new, to: 999, by: .user(world.owner))
            }
            #expect(throws: AccessError.notOwner(action: "read the invitations of a mission")) {
                try world.workflows.invitations(of: world.published.id, by: .user(world.otherOwner))
            }
            #expect(try world.count("invitations") == 0)
            let byOperator = try world.workflows.invite(
                new, to: world.othersPublished.id, by: .user(world.operatorUser))
            #expect(byOperator.invitedBy == world.operatorUser.id)
        }
    }

    @Test("only a mission open to applications: not a draft, not past its deadline; the message is bounded")
    func missionOpenAndMessage() throws {
        try TalentWorld.with { world throws in
            try world.join(world.camilleTalent)
            let new = NewInvitation(talentID: world.camilleTalent.id)
            #expect(throws: InvitationError.missionNotOpen(world.draft.id, .draft)) {
                try world.workflows.invite(new, to: world.draft.id, by: .user(world.owner))
            }
            let long = NewInvitation(
                talentID: world.camilleTalent.id,
                message: String(repeating: "é", count: Invitation.maximumMessageLength + 1))
            #expect(throws: InvitationError.messageTooLong(count: Invitation.maximumMessageLength + 1)) {
                try world.workflows.invite(long, to: world.published.id, by: .user(world.owner))
            }
            world.clock.advance(days: 30)
            #expect(throws: InvitationError.missionNotOpen(world.published.id, .published)) {
                try world.workflows.invite(new, to: world.published.id, by: .user(world.owner))
            }
            #expect(try world.count("invitations") == 0)
            #expect(try world.auditCount("invitation.created") == 0)
        }
    }

    @Test("listing received invitations needs the talent role and a profile")
    func receivedRights() throws {
        try TalentWorld.with { world throws in
            #expect(throws: AccessError.roleRequired(action: "read one's talent profile", roles: [.talent])) {
                try world.workflows.receivedInvitations(by: .user(world.owner))
            }
            #expect(throws: NotFoundError("talent", key: "me")) {
                try world.workflows.receivedInvitations(by: .user(world.newcomer))
            }
        }
    }
}
