public import Domain

/// An agreement as one caller sees it: the record and its revision, its mission's title, its
/// mission order in force, the feedback left, and which parties the caller stands for.
public struct AgreementView: Sendable {
    /// The agreement.
    public let agreement: Agreement
    /// Its revision (`ETag`).
    public let revision: Int
    /// The title of its mission (readable by whoever reads the agreement, even when the mission
    /// itself is not visible to them, as for a line manager).
    public let missionTitle: String
    /// The mission order in force, if any.
    public let missionOrder: MissionOrder?
    /// The feedback left, talent's first.
    public let feedback: [Feedback]
    /// The sides the caller stands for (empty for a referent, an operator or the command line).
    public let callerParties: [AgreementParty]

    /// Whether the caller still has to sign the current terms.
    public var callerMustSign: Bool {
        callerParties.contains(where: agreement.awaitingSignatures.contains)
    }
}
