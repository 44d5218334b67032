/// What one viewer of an agreement has to do next (``Agreement/nextStep(for:missionOrderInForce:feedbackGiven:)``),
/// or what they wait for when nothing is theirs to do.
public enum AgreementNextStep: String, Sendable, Codable, CaseIterable {
    /// Read the terms and sign them (a line manager may refuse instead).
    case sign
    /// Nothing: the viewer signed, the other parties have not all signed yet.
    case awaitOtherSignatures = "await-other-signatures"
    /// Nothing: the viewer does not sign (a referent, an operator); the parties have not all signed yet.
    case awaitSignatures = "await-signatures"
    /// Issue the mission order: the agreement is signed and none is in force.
    case issueMissionOrder = "issue-mission-order"
    /// Nothing: the agreement is signed and waits for a referent of the talent's employer to issue its mission order.
    case awaitMissionOrder = "await-mission-order"
    /// Report time as the mission goes, within the hours budget (the talent).
    case reportTime = "report-time"
    /// Validate or reject the time reported, and declare the mission completed once the
    /// deliverables are handed over (the owner).
    case validateTime = "validate-time"
    /// Nothing: the mission is under way.
    case awaitCompletion = "await-completion"
    /// Leave feedback on the ended engagement (the talent or the owner, once each).
    case giveFeedback = "give-feedback"
    /// Nothing: the engagement is over (completed or interrupted) and the viewer's feedback, if any is theirs to give, was left.
    case closed
    /// Nothing: the line manager refused the agreement.
    case refused
}
