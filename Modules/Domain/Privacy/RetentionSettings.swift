/// How long the daily retention job keeps what has served, and after how long without activity
/// an account is anonymised (`TALENTS_RETENTION_…`, `TALENTS_INACTIVITY_DAYS`; docs/operations.md
/// "Retention", docs/privacy.md). The defaults are the programme's policy.
public struct RetentionSettings: Sendable, Hashable, Codable {
    /// Days a delivered (or parked) message and its file in the mail folder are kept.
    public var messageDays: Int
    /// Days used or expired sign-in links, ended or expired sessions, revoked or expired API
    /// tokens are kept (the sign-in history).
    public var signInDays: Int
    /// Hours an idempotency record replays its answer.
    public var idempotencyHours: Int
    /// Days after their edition's day that *Vis mon job* students' registrations are erased.
    public var studentDays: Int
    /// Days without activity (sign-in, API use) after which an account is anonymised.
    public var inactivityDays: Int

    /// The first warning comes this many days before anonymisation.
    public static let firstWarningDays = 30
    /// The second warning comes this many days before anonymisation.
    public static let secondWarningDays = 7
    /// The least inactivity period: longer than the first warning.
    public static let minimumInactivityDays = 60

    /// Settings; the defaults are the programme's policy (90 days, 30 days, 24 hours, 1 year, 3 years).
    public init(
        messageDays: Int = 90, signInDays: Int = 30, idempotencyHours: Int = 24, studentDays: Int = 365,
        inactivityDays: Int = 1095
    ) {
        precondition(
            messageDays >= 1 && signInDays >= 1 && idempotencyHours >= 1 && studentDays >= 1
                && inactivityDays >= Self.minimumInactivityDays, "positive periods")
        self.messageDays = messageDays
        self.signInDays = signInDays
        self.idempotencyHours = idempotencyHours
        self.studentDays = studentDays
        self.inactivityDays = inactivityDays
    }
}
