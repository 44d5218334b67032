public import Domain

/// The outbox key of a weekly digest: one per kind, recipient and ISO week.
public enum DigestKey {
    /// `time-reports-digest:user-5:2026-W47`.
    public static func make(_ kind: NotificationKind, recipient: UserID, week: ISOWeek) -> String {
        precondition(kind.isDigest, "\(kind.rawValue) is not a digest")
        return "\(kind.rawValue):user-\(recipient.rawValue):\(week)"
    }
}
