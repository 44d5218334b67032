public import Domain

/// What awaits one person across their roles (issue 17, "a space per role"): the answer of
/// ``Workflows/pendingTasks(by:)``, which the web front's `/mon-espace` shows and the JSON API
/// could expose as it is. Each list is empty for a role the person does not hold.
public struct PendingTasks: Sendable {
    /// Time reports awaiting the owner's decision on one agreement.
    public struct TimeReportsToValidate: Sendable {
        /// The agreement, as its owner reads it.
        public let agreement: AgreementView
        /// How many reports await a decision.
        public let reports: Int
        /// Their minutes, in total.
        public let minutes: Int
    }

    /// The agreements awaiting the caller's signature (talent, line manager or owner side).
    public let agreementsToSign: [AgreementView]
    /// The applications to the caller's missions awaiting their answer, nearest due first, each
    /// with its days left (``ApplicationView/daysLeft``).
    public let applicationsToAnswer: [ApplicationView]
    /// The accepted applications to the caller's missions whose agreement they still draw up.
    public let agreementsToDraw: [ApplicationView]
    /// The time reports awaiting the owner's validation, by agreement.
    public let timeReportsToValidate: [TimeReportsToValidate]
    /// The signed agreements whose mission order the referent issues.
    public let missionOrdersToIssue: [AgreementView]
    /// The employments a referent confirms.
    public let employmentsToConfirm: [EmploymentToConfirm]
    /// The missions awaiting the operator's review, nearest deadline first.
    public let missionsToModerate: [Mission]
    /// Whether the caller holds the talent role and has no profile yet (applying needs one).
    public let talentProfileMissing: Bool

    /// Whether nothing awaits the caller.
    public var isEmpty: Bool {
        agreementsToSign.isEmpty && applicationsToAnswer.isEmpty && agreementsToDraw.isEmpty
            && timeReportsToValidate.isEmpty && missionOrdersToIssue.isEmpty && employmentsToConfirm.isEmpty
            && missionsToModerate.isEmpty && !talentProfileMissing
    }
}
