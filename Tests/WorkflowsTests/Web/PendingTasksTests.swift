import Domain
import Testing
import Workflows

/// What awaits each person (Workflows `pendingTasks(by:)`, issue 17): each list only for the
/// role it belongs to, each item one the person may act on.
@Suite struct PendingTasksTests {
    @Test func theOwnerAnswersTheApplicationTheOperatorModeratesTheNewcomerWritesAProfile() throws {
        try TalentWorld.with { world in
            let applied = try world.workflows.apply(
                to: world.published.id, motivation: "Disponible.", by: .user(world.camille))
            let owner = try world.workflows.pendingTasks(by: world.owner)
            #expect(owner.applicationsToAnswer.map(\.application.id) == [applied.application.id])
            #expect(owner.applicationsToAnswer.first?.daysLeft == Application.answerPeriodDays)
            #expect(owner.missionsToModerate.isEmpty && !owner.talentProfileMissing && !owner.isEmpty)
            // The other owner's missions have no application: nothing awaits them.
            #expect(try world.workflows.pendingTasks(by: world.otherOwner).isEmpty)

            let camille = try world.workflows.pendingTasks(by: world.camille)
            #expect(camille.isEmpty, "a talent with a profile and nothing to sign")
            #expect(try world.workflows.pendingTasks(by: world.newcomer).talentProfileMissing)

            _ = try world.workflows.submitMission(world.draft.id, expectedRevision: nil, by: .user(world.owner))
            let operatorTasks = try world.workflows.pendingTasks(by: world.operatorUser)
            #expect(operatorTasks.missionsToModerate.map(\.id) == [world.draft.id])
            #expect(operatorTasks.applicationsToAnswer.isEmpty, "the operator answers no application")
        }
    }
}
