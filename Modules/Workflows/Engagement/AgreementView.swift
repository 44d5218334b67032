public import Domain

/// An agreement as one caller sees it: the record and its revision, its mission's title, its
/// mission order in force, the feedback left, who the caller is to it, and what they have to do
/// next and may do now (the rules of ``Agreement/nextStep(for:missionOrderInForce:feedbackGiven:)``).
public struct AgreementView: Sendable {
    /// The agreement.
    public let agreement: Agreement
    /// Its revision (`ETag`).
    public let revision: Int
    /// The title of its mission (readable by whoever reads the agreement, even when the mission
    /// itself is not visible to them, as for a line manager).
    public let missionTitle: String
    /// Who the parties are: names and administrations.
    public let people: AgreementPeople
    /// The mission order in force, if any.
    public let missionOrder: MissionOrder?
    /// The feedback left, talent's first.
    public let feedback: [Feedback]
    /// Who the caller is to the agreement: the sides they stand for, whether they issue its
    /// mission orders, whether they act as the operator; the command line.
    public let viewer: AgreementViewer

    /// The sides the caller stands for (empty for a referent, an operator or the command line).
    public var callerParties: [AgreementParty] {
        viewer.parties
    }

    /// What the caller has to do next, or what they wait for.
    public var nextStep: AgreementNextStep {
        agreement.nextStep(for: viewer, missionOrderInForce: missionOrder != nil, feedbackGiven: feedbackSides)
    }

    /// The actions on the agreement open to the caller now.
    public var availableActions: [AgreementAction] {
        agreement.availableActions(for: viewer, missionOrderInForce: missionOrder != nil, feedbackGiven: feedbackSides)
    }

    /// Whether the caller still has to sign the current terms.
    public var callerMustSign: Bool {
        callerParties.contains(where: agreement.awaitingSignatures.contains)
    }

    private var feedbackSides: Set<FeedbackSide> {
        Set(feedback.map(\.side))
    }
}
