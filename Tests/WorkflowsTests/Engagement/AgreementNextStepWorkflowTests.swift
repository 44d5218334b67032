import Domain
import Testing
import Workflows

/// The next step and the open actions that ``AgreementView`` answers each reader, read back from
/// the database at each stage of an agreement's life.
@Suite struct AgreementNextStepWorkflowTests {
    typealias Expected = [String: (AgreementNextStep, [AgreementAction])]

    /// What each reader sees of agreement `id` now.
    private func check(_ id: AgreementID, in world: EngagementWorld, stage: String, _ expected: Expected) throws {
        for (name, (step, actions)) in expected {
            let caller = name == "commandLine" ? Caller.commandLine : world.caller(name)
            let view = try world.workflows.agreement(id, by: caller)
            #expect(view.nextStep == step, "\(stage), \(name)")
            #expect(view.availableActions == actions, "\(stage), \(name)")
        }
    }

    @Test func eachReaderIsToldWhatToDoAtEachStage() throws {
        try EngagementWorld.with { world in
            let created = try world.workflows.createAgreement(
                from: world.applications[0], terms: EngagementWorld.terms(),
                by: world.caller("owner"))
            let id = created.agreement.id
            #expect(created.nextStep == .sign, "the view the use case answers carries it too")
            try check(
                id, in: world, stage: "drafted",
                [
                    "talent0": (.sign, [.changeParties, .sign, .interrupt]),
                    "manager": (.sign, [.sign, .refuse, .interrupt]),
                    "owner": (.sign, [.editTerms, .changeParties, .sign, .interrupt]),
                    "referent": (.awaitSignatures, []),
                    "operator": (.awaitSignatures, [.changeParties, .interrupt])
                ])
            let signed = try world.workflows.signAgreement(id, expectedRevision: 1, by: world.caller("talent0"))
            #expect(signed.nextStep == .awaitOtherSignatures && signed.availableActions == [.changeParties, .interrupt])
            for name in ["manager", "owner"] {
                _ = try world.workflows.signAgreement(id, expectedRevision: nil, by: world.caller(name))
            }
            try check(
                id, in: world, stage: "signed",
                [
                    "talent0": (.awaitMissionOrder, [.interrupt]),
                    "owner": (.awaitMissionOrder, [.interrupt]),
                    "referent": (.issueMissionOrder, [.issueMissionOrder]),
                    "ministryReferent": (.issueMissionOrder, [.issueMissionOrder]),
                    "operator": (.awaitMissionOrder, [.interrupt]),
                    "commandLine": (.issueMissionOrder, [.issueMissionOrder, .interrupt])
                ])
            _ = try world.workflows.issueMissionOrder(
                for: id, dates: EngagementWorld.dates, by: world.caller("referent"))
            try check(
                id, in: world, stage: "order issued",
                [
                    "talent0": (.reportTime, [.reportTime, .interrupt]),
                    "owner": (.validateTime, [.complete, .interrupt]),
                    "manager": (.awaitCompletion, [.interrupt]),
                    "referent": (.awaitCompletion, [])
                ])
            _ = try world.workflows.completeAgreement(id, expectedRevision: nil, by: world.caller("owner"))
            let talentView = try world.workflows.giveFeedback(
                NewFeedback(rating: 5, comment: "Très bien."), on: id,
                by: world.caller("talent0"))
            #expect(talentView.nextStep == .closed && talentView.availableActions.isEmpty)
            try check(
                id, in: world, stage: "completed, talent's feedback given",
                [
                    "owner": (.giveFeedback, [.giveFeedback]),
                    "manager": (.closed, []),
                    "commandLine": (.closed, [])
                ])
        }
    }

    @Test func aRefusedAgreementLeavesNothingToDo() throws {
        try EngagementWorld.with { world in
            let id = try world.workflows.createAgreement(
                from: world.applications[1], terms: EngagementWorld.terms(),
                by: world.caller("owner")
            ).agreement.id
            let refused = try world.workflows.refuseAgreement(
                id, reason: "Nécessité de service.", expectedRevision: 1,
                by: world.caller("manager"))
            #expect(refused.nextStep == .refused && refused.availableActions.isEmpty)
            try check(id, in: world, stage: "refused", ["talent1": (.refused, []), "owner": (.refused, [])])
        }
    }
}
