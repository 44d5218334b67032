public import Domain
import Foundation
import Mail
import Notifications
package import Persistence

/// The daily retention job (issue 19): removes what has served — delivered messages and their
/// files after ``RetentionSettings/messageDays``, tokens of messages that left, the sign-in
/// history, idempotency records, consumed matching changes, *Vis mon job* students' data after
/// their edition, messages to the programme team and questions about missions a year on — and warns then anonymises the accounts without activity
/// (``InactivitySweep``, the erasure of ``Workflows/eraseAccount(_:reason:by:in:)``). Part of `talents-admin jobs run` and of the API process's periodic
/// job; runs at most once a (UTC) day, whoever calls it. One audit event per run that changed
/// something, counts only.
public struct RetentionJob: Sendable {
    /// The use cases (the anonymisation is their erasure), the database and the clock.
    public let workflows: Workflows
    /// The periods.
    public let settings: RetentionSettings
    /// Where messages went (the maildir whose files are removed) and their `Message-ID` domain.
    public let notifications: NotificationSettings

    /// The most messages one run deletes; the rest wait for the next day.
    static let messageBatch = 50_000

    /// The job over the database and clock of `workflows`.
    public init(workflows: Workflows, settings: RetentionSettings, notifications: NotificationSettings) {
        self.workflows = workflows
        self.settings = settings
        self.notifications = notifications
    }

    var database: DatabasePool { workflows.database }
    var clock: any WallClock { workflows.clock }

    /// Runs the purges when none ran today (UTC); nil when one already did.
    public func run() throws -> RetentionReport? {
        let now = clock.now
        guard try database.read({ try Self.isDue(RetentionStore($0), at: now) }) else { return nil }
        var report = RetentionReport()
        // Files first: a run that dies after them leaves rows the next run deletes (their files gone).
        let messageCutoff = now.adding(days: -settings.messageDays)
        let finished = try database.read {
            try RetentionStore($0).finishedMessages(before: messageCutoff, limit: Self.messageBatch)
        }
        report.mailFiles = removeMailFiles(of: finished)
        var erasedMessages: [Int64] = []
        let done = try database.write { connection -> Bool in
            let store = RetentionStore(connection)
            guard try Self.isDue(store, at: now) else { return false }
            report.messages = try store.deleteMessages(finished, finishedBefore: messageCutoff)
            report.tokens = try store.dropDeliveredTokens()
            let signInCutoff = now.adding(days: -settings.signInDays)
            report.signInLinks = try store.deleteSignInLinks(before: signInCutoff)
            report.sessions = try store.deleteSessions(before: signInCutoff)
            report.apiTokens = try store.deleteAPITokens(before: signInCutoff)
            report.idempotencyRecords = try store.deleteIdempotencyRecords(
                before: now.adding(hours: -settings.idempotencyHours))
            if let previous = try store.lastRun() {
                report.matchingChanges = try store.deleteMatchingChanges(through: previous.matchingSequence)
            }
            report.students = try store.eraseStudents(
                ofEditionsBefore: now.adding(days: -settings.studentDays).utcDate, at: now)
            let contactCutoff = now.adding(days: -Workflows.contactRetentionDays)
            report.contactMessages = try ContactMessageStore(connection).purge(
                before: contactCutoff, by: .system("retention"), at: now)
            report.missionQuestions = try MissionQuestionStore(connection).purge(
                before: contactCutoff, by: .system("retention"), at: now)
            erasedMessages = try InactivitySweep(connection, settings: settings, now: now) { userID in
                try workflows.eraseAccount(userID, reason: .inactivity, in: connection)
            }.run(&report)
            try store.add(report.counts)
            try store.recordRun(at: now, matchingSequence: try store.latestMatchingChange())
            // Audited when it changed something (a run that found nothing only moves its bookkeeping).
            let changed = report.counts.filter { $0.value > 0 }
            if !changed.isEmpty {
                try AuditLog(connection).append(
                    AuditEvent(
                        action: "retention.purged", subjectType: "retention", subjectID: nil,
                        actor: .system("retention"), at: now, details: changed.mapValues(String.init)))
            }
            return true
        }
        guard done else { return nil }
        // The anonymised accounts' messages leave the mail folder too, then the file is compacted.
        if report.anonymised > 0 {
            report.mailFiles += notifications.mailFolder?.removeMessages(erasedMessages) ?? 0
            try workflows.compactAfterErasure()
        }
        return report
    }

    /// Whether no run happened on the UTC day of `now`.
    static func isDue(_ store: RetentionStore, at now: Instant) throws -> Bool {
        guard let last = try store.lastRun() else { return true }
        return last.at.utcDate != now.utcDate
    }

    /// Removes the mail folder's files of outbox messages `ids` (in `new/` and `cur/`, where a
    /// reader moves them); returns how many were removed. Nothing for an SMTP transport.
    func removeMailFiles(of ids: [Int64]) -> Int {
        guard case .maildir(let directory) = notifications.transport, !ids.isEmpty else { return 0 }
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        let names = Set(
            ids.map { MaildirTransport.fileName(messageID: "notification-\($0)@\(notifications.messageIDDomain)") })
        var removed = 0
        for folder in ["new", "cur"] {
            let path = root.appendingPathComponent(folder)
            for file in (try? manager.contentsOfDirectory(atPath: path.path)) ?? [] {
                // A reader appends ":2,<flags>" in cur/.
                let base = String(file.prefix { $0 != ":" })
                guard names.contains(base) else { continue }
                if (try? manager.removeItem(at: path.appendingPathComponent(file))) != nil { removed += 1 }
            }
        }
        return removed
    }
}
