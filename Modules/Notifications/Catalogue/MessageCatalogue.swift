import Domain

/// Turns each notification event into its French message, with links built from the
/// platform's public URL.
///
/// Links point at the web front's pages where the recipient acts, all named by ``WebPaths``
/// (the mapping is in docs/operations.md, "Notifications"); a signed-out recipient goes through
/// sign-in and back to the page.
public struct MessageCatalogue: Sendable {
    /// The public URL without trailing slash, e.g. `https://talents.numerique.gouv.fr`.
    public let baseURL: String

    /// A catalogue linking to `baseURL` (trailing slashes are removed).
    public init(baseURL: String) {
        var url = Substring(baseURL)
        while url.hasSuffix("/") { url.removeLast() }
        self.baseURL = String(url)
    }

    /// The message of `event`.
    public func message(for event: NotificationEvent) -> RenderedMessage {
        draft(for: event).rendered(baseURL: baseURL)
    }

    private func draft(for event: NotificationEvent) -> MessageDraft {
        switch event {
        case .applicationReceived, .answerReminder, .answerOverdue, .interviewProposed, .applicationAccepted,
            .applicationDeclined:
            applicationDraft(for: event)
        case .agreementToSign, .agreementSigned, .agreementRefused, .missionOrderIssued:
            engagementDraft(for: event)
        case .timeReportsDigest, .matchingMissionsDigest:
            digestDraft(for: event)
        case .diplomaIssued, .poolInvitation, .visMonJobPairPublished, .visMonJobStudentRegistered,
            .signInLink, .visMonJobDateAgreed, .visMonJobCoachingBooked:
            programmeDraft(for: event)
        case .inactivityWarning(let day, let daysLeft):
            Self.inactivityDraft(anonymisationDay: day, daysLeft: daysLeft)
        case .contactMessageReceived, .missionQuestionAsked, .missionQuestionAnswered:
            questionDraft(for: event)
        }
    }

    /// `« title »`, with the French quotation marks and non-breaking spaces.
    static func quoted(_ title: String) -> String {
        "«\u{00A0}\(title)\u{00A0}»"
    }
}
