/// A talent's offer of expertise for one mission (*candidature*).
///
/// The owner promised an answer within 14 calendar days: ``dueAt`` is fixed at submission,
/// reminders go out at D+7 and D+12, and an unanswered application is overdue after D+14.
public struct Application: Hashable, Sendable, Codable {
    /// Days the owner has to answer.
    public static let answerPeriodDays = 14
    /// Days after submission when the owner is reminded, while no answer was given.
    public static let reminderDays = [7, 12]
    /// Maximum length of ``motivation``, in characters.
    public static let maximumMotivationLength = 5000

    /// The identifier.
    public let id: ApplicationID
    /// The mission applied to.
    public let missionID: MissionID
    /// The applicant.
    public let talentID: TalentID
    /// Why the talent applies (1 to 5000 characters).
    public let motivation: String
    /// Where the application is in its life.
    public internal(set) var state: ApplicationState
    /// When the talent applied.
    public let submittedAt: Instant
    /// When the owner first answered (interview, acceptance or decline); nil until then.
    public internal(set) var answeredAt: Instant?
    /// When the application last changed.
    public internal(set) var updatedAt: Instant
    /// Why the operator reopened it after a decline made by mistake; kept while the application
    /// is live, replaced by the reason of a later decline or withdrawal.
    public internal(set) var reopeningReason: String?

    /// Builds an application from trusted values (a store reading its rows).
    /// New applications go through ``submit(id:to:by:motivation:existing:at:)``.
    public init(
        id: ApplicationID, missionID: MissionID, talentID: TalentID, motivation: String,
        state: ApplicationState, submittedAt: Instant, answeredAt: Instant?, updatedAt: Instant,
        reopeningReason: String? = nil
    ) {
        self.id = id
        self.missionID = missionID
        self.talentID = talentID
        self.motivation = motivation
        self.state = state
        self.submittedAt = submittedAt
        self.answeredAt = answeredAt
        self.updatedAt = updatedAt
        self.reopeningReason = reopeningReason
    }

    /// When the owner's answer is due: 14 days (of 24 hours) after submission.
    public var dueAt: Instant {
        submittedAt.adding(days: Self.answerPeriodDays)
    }

    /// When the owner is reminded (D+7 and D+12), if still unanswered by then.
    public var reminderInstants: [Instant] {
        Self.reminderDays.map { submittedAt.adding(days: $0) }
    }

    /// Whether the owner still has to answer: submitted and not answered.
    public var awaitsAnswer: Bool {
        state == .submitted && answeredAt == nil
    }

    /// Whether the answer is late at `now`: still awaited and strictly after ``dueAt``.
    public func isOverdue(now: Instant) -> Bool {
        awaitsAnswer && now > dueAt
    }

    /// The days left at `now` before ``dueAt``, rounded up (one millisecond left is one day);
    /// zero once the due instant is reached, negative (whole days, rounded towards it) after it.
    /// The countdown the owner reads, whatever the status.
    public func daysLeft(now: Instant) -> Int {
        let milliseconds = dueAt.milliseconds(since: now)
        let day: Int64 = 86_400_000
        return Int(milliseconds > 0 ? (milliseconds + day - 1) / day : milliseconds / day)
    }

    /// Whether the application still counts (submitted, interview proposed or accepted).
    public var isLive: Bool {
        state.status.isLive
    }
}
