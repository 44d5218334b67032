public import Domain

/// What an application still awaiting its answer calls for at a given instant: a reminder to
/// the owner at D+7 and D+12, the overdue notice (owner and operators) after D+14.
///
/// Only the latest step due counts: a job that did not run for days sends the D+12 reminder,
/// not a stale D+7 one as well; once overdue, no reminder is sent any more.
public enum AnswerFollowUp: Hashable, Sendable {
    /// The reminder of day 7 or 12.
    case reminder(day: Int)
    /// The answer is late (strictly after the due instant, as ``Application/isOverdue(now:)``).
    case overdue

    /// The step due at `now` for an application submitted at `submittedAt` and still awaiting
    /// its answer, or nil before D+7.
    public static func due(submittedAt: Instant, now: Instant) -> AnswerFollowUp? {
        if now > submittedAt.adding(days: Application.answerPeriodDays) { return .overdue }
        let day = Application.reminderDays.filter { now >= submittedAt.adding(days: $0) }.max()
        return day.map { .reminder(day: $0) }
    }

    /// The outbox key of this step for `applicationID` and one recipient: unique, so the
    /// step is queued once whatever the number of runs.
    public func key(applicationID: ApplicationID, recipient: UserID) -> String {
        switch self {
        case .reminder(let day):
            "answer-reminder:application-\(applicationID.rawValue):d\(day):user-\(recipient.rawValue)"
        case .overdue: "answer-overdue:application-\(applicationID.rawValue):user-\(recipient.rawValue)"
        }
    }
}
