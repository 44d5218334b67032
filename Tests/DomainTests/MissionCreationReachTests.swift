import Domain
import Testing

@Suite("Which administration a mission owner may name")
struct MissionCreationReachTests {
    private static func owner(_ roles: Set<Role> = [.missionOwner], administration: AdministrationID? = 20) -> User {
        User(id: 1, displayName: "Alix", email: email("alix@gouv.fr"), roles: roles, administrationID: administration)
    }

    // Ministry 10 ⊃ directorate 20 ⊃ service 30; ministry 40 apart.
    private static let service: [AdministrationID] = [30, 20, 10]
    private static let directorate: [AdministrationID] = [20, 10]
    private static let ministry: [AdministrationID] = [10]
    private static let otherMinistry: [AdministrationID] = [40]

    @Test("an owner reaches their own administration and those under it, not above nor beside")
    func ownerReach() {
        let owner = Self.owner()
        #expect(NewMission.isWithinReach(Self.directorate, of: owner))
        #expect(NewMission.isWithinReach(Self.service, of: owner))
        #expect(!NewMission.isWithinReach(Self.ministry, of: owner))
        #expect(!NewMission.isWithinReach(Self.otherMinistry, of: owner))
        #expect(!NewMission.isWithinReach(Self.directorate, of: Self.owner(administration: nil)))
    }

    @Test("an operator who owns missions reaches every administration")
    func operatorReach() {
        let owner = Self.owner([.missionOwner, .operator])
        #expect(NewMission.isWithinReach(Self.ministry, of: owner))
        #expect(NewMission.isWithinReach(Self.otherMinistry, of: owner))
    }

    @Test("the creation check refuses by the same rule, after the role and a known administration")
    func creationCheck() throws {
        let owner = Self.owner()
        try NewMission.checkCreation(by: owner, lineage: Self.service)
        #expect(throws: MissionAccessError.administrationOutOfReach(40)) {
            try NewMission.checkCreation(by: owner, lineage: Self.otherMinistry)
        }
        #expect(throws: MissionAccessError.administrationRequired) {
            try NewMission.checkCreation(by: owner, lineage: [])
        }
        #expect(throws: MissionAccessError.employmentNotConfirmed) {
            try NewMission.checkCreation(by: Self.owner([.talent]), lineage: Self.service)
        }
    }

    @Test("an agent whose employment is confirmed proposes for that administration and its services only")
    func confirmedAgent() throws {
        // Issue 22: no role, the employer a referent confirmed (directorate 20).
        let agent = Self.owner([.talent], administration: nil)
        try NewMission.checkCreation(by: agent, lineage: Self.directorate, confirmedEmployerID: 20)
        try NewMission.checkCreation(by: agent, lineage: Self.service, confirmedEmployerID: 20)
        #expect(throws: MissionAccessError.administrationOutOfReach(10)) {
            try NewMission.checkCreation(by: agent, lineage: Self.ministry, confirmedEmployerID: 20)
        }
        #expect(throws: MissionAccessError.administrationOutOfReach(40)) {
            try NewMission.checkCreation(by: agent, lineage: Self.otherMinistry, confirmedEmployerID: 20)
        }
        #expect(NewMission.mayPropose(agent, confirmedEmployerID: 20))
        #expect(!NewMission.mayPropose(agent, confirmedEmployerID: nil))
        #expect(!NewMission.mayPropose(Self.owner([.operator]), confirmedEmployerID: nil))
    }
}
