import Domain
import Testing

/// What each viewer of an agreement has to do next and may do now, through its whole life:
/// one table row per (agreement state, viewer).
@Suite struct AgreementNextStepTests {
    static let talent = AgreementViewer.user(parties: [.talent], isReferent: false, isOperator: false)
    static let manager = AgreementViewer.user(parties: [.lineManager], isReferent: false, isOperator: false)
    static let owner = AgreementViewer.user(parties: [.owner], isReferent: false, isOperator: false)
    static let referent = AgreementViewer.user(parties: [], isReferent: true, isOperator: false)
    /// A line manager who is also a referent of the talent's employer.
    static let managerReferent = AgreementViewer.user(parties: [.lineManager], isReferent: true, isOperator: false)
    static let operatorUser = AgreementViewer.user(parties: [], isReferent: false, isOperator: true)

    /// An agreement in a given state, with or without its mission order, and the feedback sides given.
    struct Situation: CustomTestStringConvertible {
        let name: String
        let agreement: Agreement
        var orderInForce = false
        var feedback: Set<FeedbackSide> = []

        var testDescription: String { name }
    }

    static let later = referenceInstant.adding(days: 1)
    static let fresh = Situation(name: "awaiting", agreement: .make())
    static let talentSigned = Situation(name: "talent signed", agreement: .make(signedBy: [.talent]))
    static let signed = Situation(name: "signed", agreement: .make(signedBy: AgreementParty.allCases))
    static let ordered = Situation(
        name: "signed, order in force", agreement: .make(signedBy: AgreementParty.allCases),
        orderInForce: true)
    static let completed = Situation(
        name: "completed", agreement: ended { try $0.complete(missionOrderInForce: true, at: later) },
        orderInForce: true)
    static let talentGaveFeedback = Situation(
        name: "completed, talent's feedback given", agreement: completed.agreement,
        orderInForce: true, feedback: [.talent])
    static let interrupted = Situation(
        name: "interrupted, both feedbacks given",
        agreement: ended { try $0.interrupt(reason: "Départ", by: .talent, at: later) },
        feedback: [.talent, .owner])
    static let refused = Situation(
        name: "refused", agreement: ended(signedBy: []) { try $0.refuse(reason: "Service", at: later) })

    static func ended(
        signedBy parties: [AgreementParty] = AgreementParty.allCases,
        _ change: (inout Agreement) throws -> Void
    ) -> Agreement {
        var agreement = Agreement.make(signedBy: parties)
        do { try change(&agreement) } catch { preconditionFailure("bad fixture: \(error)") }
        return agreement
    }

    static let table: [(Situation, AgreementViewer, AgreementNextStep, [AgreementAction])] = [
        (fresh, talent, .sign, [.changeParties, .sign, .interrupt]),
        (fresh, manager, .sign, [.sign, .refuse, .interrupt]),
        (fresh, owner, .sign, [.editTerms, .changeParties, .sign, .interrupt]),
        (fresh, referent, .awaitSignatures, []),
        (fresh, operatorUser, .awaitSignatures, [.changeParties, .interrupt]),
        (fresh, .commandLine, .awaitSignatures, [.editTerms, .changeParties, .refuse, .interrupt]),
        (talentSigned, talent, .awaitOtherSignatures, [.changeParties, .interrupt]),
        (talentSigned, manager, .sign, [.sign, .refuse, .interrupt]),
        (signed, talent, .awaitMissionOrder, [.interrupt]),
        (signed, owner, .awaitMissionOrder, [.interrupt]),
        (signed, referent, .issueMissionOrder, [.issueMissionOrder]),
        (signed, managerReferent, .issueMissionOrder, [.issueMissionOrder, .interrupt]),
        (signed, operatorUser, .awaitMissionOrder, [.interrupt]),
        (signed, .commandLine, .issueMissionOrder, [.issueMissionOrder, .interrupt]),
        (ordered, talent, .reportTime, [.reportTime, .interrupt]),
        (ordered, owner, .validateTime, [.complete, .interrupt]),
        (ordered, manager, .awaitCompletion, [.interrupt]),
        (ordered, referent, .awaitCompletion, []),
        (ordered, .commandLine, .awaitCompletion, [.reportTime, .complete, .interrupt]),
        (completed, talent, .giveFeedback, [.giveFeedback]),
        (completed, owner, .giveFeedback, [.giveFeedback]),
        (completed, manager, .closed, []),
        (completed, .commandLine, .closed, []),
        (talentGaveFeedback, talent, .closed, []),
        (talentGaveFeedback, owner, .giveFeedback, [.giveFeedback]),
        (interrupted, owner, .closed, []),
        (refused, manager, .refused, []),
        (refused, talent, .refused, [])
    ]

    @Test(arguments: table)
    func eachViewerHasItsNextStepAndActions(
        situation: Situation, viewer: AgreementViewer,
        step: AgreementNextStep, actions: [AgreementAction]
    ) {
        let agreement = situation.agreement
        #expect(
            agreement.nextStep(
                for: viewer, missionOrderInForce: situation.orderInForce,
                feedbackGiven: situation.feedback) == step)
        #expect(
            agreement.availableActions(
                for: viewer, missionOrderInForce: situation.orderInForce,
                feedbackGiven: situation.feedback) == actions)
    }

    /// Whatever the state and the viewer, the actions open are allowed by the status, and a step
    /// that is an action is among them.
    @Test func actionsFollowTheStatusAndTheStepIsOpen() {
        let situations = [
            Self.fresh, Self.talentSigned, Self.signed, Self.ordered, Self.completed,
            Self.talentGaveFeedback, Self.interrupted, Self.refused
        ]
        let viewers = [
            Self.talent, Self.manager, Self.owner, Self.referent, Self.managerReferent, Self.operatorUser,
            .commandLine
        ]
        for situation in situations {
            for viewer in viewers {
                let agreement = situation.agreement
                let actions = agreement.availableActions(
                    for: viewer, missionOrderInForce: situation.orderInForce,
                    feedbackGiven: situation.feedback)
                #expect(actions.allSatisfy { $0.isAllowed(from: agreement.status) }, "\(situation.name), \(viewer)")
                let step = agreement.nextStep(
                    for: viewer, missionOrderInForce: situation.orderInForce,
                    feedbackGiven: situation.feedback)
                if let action = AgreementAction(rawValue: step.rawValue) {
                    #expect(actions.contains(action), "\(situation.name), \(viewer): \(step)")
                }
            }
        }
    }

    @Test func theViewerOfAUserComesFromTheAgreementsAccess() {
        let access = AgreementAccess(parties: .make(), employerLineage: [20, 2])
        let referent = User(
            id: 400, displayName: "R", email: email("r@b.fr"), roles: [.referent, .operator],
            administrationID: 2)
        #expect(access.viewer(referent) == .user(parties: [], isReferent: true, isOperator: true))
        let owner = User(
            id: 100, displayName: "O", email: email("o@b.fr"), roles: [.missionOwner, .referent],
            administrationID: 3)
        #expect(access.viewer(owner) == .user(parties: [.owner], isReferent: false, isOperator: false))
    }
}
