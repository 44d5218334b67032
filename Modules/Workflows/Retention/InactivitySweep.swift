import Domain
import Notifications
import Persistence

/// The accounts without activity: warned a month (``RetentionSettings/firstWarningDays``) and a
/// week (``RetentionSettings/secondWarningDays``) before their anonymisation, then anonymised
/// unless they signed in meanwhile (a sign-in resets the warnings, ``AccountActivityStore``).
///
/// However late the job runs, each warning comes before the anonymisation by its full delay:
/// the second at least 23 days after the first, the anonymisation at least 7 days after the
/// second; the messages give the day it will happen. Deactivated accounts are left out (they
/// cannot sign in to keep their account).
struct InactivitySweep {
    let connection: Connection
    let settings: RetentionSettings
    let now: Instant
    /// Anonymises an account in `connection` (``Workflows/eraseAccount(_:reason:by:in:)``).
    let erase: (UserID) throws -> AccountErasure

    /// The most accounts one run handles; the rest wait for the next day.
    static let batch = 10_000

    /// A sweep in the caller's write transaction.
    init(
        _ connection: Connection, settings: RetentionSettings, now: Instant,
        erase: @escaping (UserID) throws -> AccountErasure
    ) {
        self.connection = connection
        self.settings = settings
        self.now = now
        self.erase = erase
    }

    /// Sends the due warnings and anonymises the due accounts, counting them in `report`;
    /// returns the outbox ids of the messages the erasures emptied (their files are the caller's).
    func run(_ report: inout RetentionReport) throws -> [Int64] {
        var erasedMessages: [Int64] = []
        let first = RetentionSettings.firstWarningDays
        let second = RetentionSettings.secondWarningDays
        let store = AccountActivityStore(connection)
        try store.startUnrecorded(at: now)
        let candidates = try store.inactive(
            since: now.adding(days: first - settings.inactivityDays), limit: Self.batch)
        for account in candidates {
            let deadline = account.lastActiveAt.adding(days: settings.inactivityDays)
            let warnedAt = account.warnedAt ?? account.lastActiveAt
            switch account.warnings {
            case 0 where now >= deadline.adding(days: -first):
                try warn(account, step: 1, anonymisedAt: max(deadline, now.adding(days: first)))
                report.firstWarnings += 1
            case 1 where now >= deadline.adding(days: -second) && now >= warnedAt.adding(days: first - second):
                try warn(account, step: 2, anonymisedAt: max(deadline, now.adding(days: second)))
                report.secondWarnings += 1
            case 2 where now >= deadline && now >= warnedAt.adding(days: second):
                report.dueForAnonymisation += 1
                do {
                    erasedMessages += try erase(account.userID).erasedMessageIDs
                    report.anonymised += 1
                } catch is AccountClosureError {
                    // An agreement of theirs under signature or running: tried again tomorrow
                    // (the erasure checks before it writes anything).
                }
            default:
                continue
            }
        }
        return erasedMessages
    }

    /// Queues warning `step` to the account's address and records it.
    private func warn(_ account: AccountActivityStore.InactiveAccount, step: Int, anonymisedAt: Instant) throws {
        let day = anonymisedAt.utcDate
        let daysLeft = Int((anonymisedAt.milliseconds(since: now) + 86_399_999) / 86_400_000)
        let outbox = Outbox(connection)
        try outbox.enqueue(
            Notice(
                to: try outbox.recipient(account.userID),
                .inactivityWarning(anonymisationDay: day, daysLeft: daysLeft),
                key: "inactivity-warning:\(account.userID.rawValue):\(step):"
                    + "\(account.lastActiveAt.millisecondsSinceEpoch)"),
            at: now)
        try AccountActivityStore(connection).recordWarning(account.userID, warnings: step, at: now)
        try AuditLog(connection).append(
            AuditEvent(
                action: "user.inactivity-warned", subjectType: "user", subjectID: account.userID.rawValue,
                actor: .system("retention"), at: now, details: ["step": String(step)]))
    }
}
