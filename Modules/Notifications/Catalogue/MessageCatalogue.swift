import Domain

/// Turns each notification event into its French message, with links built from the
/// platform's public URL.
///
/// Links point at the web front-end's pages (documented in docs/operations.md,
/// "Notifications"): `/missions/{id}`, `/missions/{id}/applications/{id}`, `/agreements/{id}`,
/// `/time-reports`, `/badges/assertions/{id}/verification`, `/vis-mon-job/pairs/{id}`, `/me/notification-preferences`,
/// `/connexion/lien?jeton=…` (the one-time sign-in link).
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
        case .diplomaIssued, .poolInvitation, .visMonJobPairPublished, .signInLink:
            programmeDraft(for: event)
        }
    }

    /// `« title »`, with the French quotation marks and non-breaking spaces.
    static func quoted(_ title: String) -> String {
        "«\u{00A0}\(title)\u{00A0}»"
    }

    /// The page of an application.
    static func applicationPath(_ mission: MissionReference, _ applicationID: some CustomStringConvertible) -> String {
        "/missions/\(mission.id.rawValue)/applications/\(applicationID)"
    }

    /// Where a user mutes digests.
    static let preferencesPath = "/me/notification-preferences"
}
