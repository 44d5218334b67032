/// What one run of the retention job removed, emptied, sent and anonymised (printed by
/// `talents-admin jobs run --json` under `retention`, added to `retention_totals` for the metrics).
public struct RetentionReport: Hashable, Sendable, Codable {
    /// Delivered or parked messages deleted from the outbox.
    public var messages = 0
    /// Their files removed from the mail folder.
    public var mailFiles = 0
    /// Sign-in and private-link tokens emptied from the payloads of messages that left.
    public var tokens = 0
    /// Used or expired sign-in links deleted.
    public var signInLinks = 0
    /// Ended or expired browser sessions deleted.
    public var sessions = 0
    /// Revoked or expired API tokens deleted.
    public var apiTokens = 0
    /// Idempotency records deleted.
    public var idempotencyRecords = 0
    /// Matching changes deleted (consumed by every index).
    public var matchingChanges = 0
    /// *Vis mon job* students' registrations erased.
    public var students = 0
    /// Messages to the programme team deleted (a year after they were received).
    public var contactMessages = 0
    /// Questions about missions deleted, with their answers (a year after the last message).
    public var missionQuestions = 0
    /// First inactivity warnings queued (a month before).
    public var firstWarnings = 0
    /// Second inactivity warnings queued (a week before).
    public var secondWarnings = 0
    /// Accounts anonymised for inactivity.
    public var anonymised = 0
    /// Accounts whose anonymisation is due (both warnings sent, the day passed).
    public var dueForAnonymisation = 0

    /// An empty report.
    public init() {}

    /// The counts by category, as `retention_totals` and the metrics name them.
    public var counts: [String: Int] {
        [
            "messages": messages, "mail-files": mailFiles, "tokens": tokens, "sign-in-links": signInLinks,
            "sessions": sessions, "api-tokens": apiTokens, "idempotency-records": idempotencyRecords,
            "matching-changes": matchingChanges, "vmj-students": students,
            "contact-messages": contactMessages, "mission-questions": missionQuestions,
            "inactivity-first-warnings": firstWarnings,
            "inactivity-second-warnings": secondWarnings, "inactivity-anonymised": anonymised
        ]
    }
}
