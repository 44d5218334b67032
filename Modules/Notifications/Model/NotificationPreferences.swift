/// What a user chose to receive. Transactional messages (answers, agreements, reminders) are
/// always sent: only digests can be muted.
public struct NotificationPreferences: Hashable, Sendable, Codable {
    /// Whether the weekly digests (time reports to validate, matching missions) are muted.
    public var digestsMuted: Bool

    /// Creates preferences; by default every digest is sent.
    public init(digestsMuted: Bool = false) {
        self.digestsMuted = digestsMuted
    }

    /// Whether a notification of `kind` goes to this user.
    public func allows(_ kind: NotificationKind) -> Bool {
        !(kind.isDigest && digestsMuted)
    }
}
