/// Identifies a ``MissionQuestion``.
public typealias MissionQuestionID = ID<MissionQuestion>

/// A question a signed-in agent asks about a published mission before applying (issue #22),
/// answered by the mission's owner on the platform. Neither side's address is shown to the other
/// unless they chose to share it (``askerSharesEmail``, ``answererSharesEmail``).
public struct MissionQuestion: Hashable, Sendable {
    /// The longest question or answer kept.
    public static let maximumTextLength = 2000
    /// How many questions one agent may ask within ``rateWindowHours``.
    public static let maximumPerAsker = 10
    /// The window of ``maximumPerAsker``.
    public static let rateWindowHours = 24

    public var id: MissionQuestionID
    public var missionID: MissionID
    public var askerID: UserID
    public var text: String
    /// Whether the asker lets the owner see their address.
    public var askerSharesEmail: Bool
    public var askedAt: Instant
    /// The owner's answer; nil while unanswered.
    public var answer: String?
    /// Who answered (an owner of the mission, or the operator).
    public var answeredBy: UserID?
    /// Whether the one who answered lets the asker see their address.
    public var answererSharesEmail: Bool
    public var answeredAt: Instant?

    public init(
        id: MissionQuestionID, missionID: MissionID, askerID: UserID, text: String, askerSharesEmail: Bool,
        askedAt: Instant, answer: String? = nil, answeredBy: UserID? = nil, answererSharesEmail: Bool = false,
        answeredAt: Instant? = nil
    ) {
        self.id = id
        self.missionID = missionID
        self.askerID = askerID
        self.text = text
        self.askerSharesEmail = askerSharesEmail
        self.askedAt = askedAt
        self.answer = answer
        self.answeredBy = answeredBy
        self.answererSharesEmail = answererSharesEmail
        self.answeredAt = answeredAt
    }

    /// Whether the owner answered.
    public var isAnswered: Bool { answer != nil }

    /// Checks a question's or an answer's text: not blank, at most `maximum` characters.
    /// - Returns: the problems of `text`, naming `field`.
    public static func textProblems(_ text: String, maximum: Int, answer: Bool = false) -> [ContactError] {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return [answer ? .answerRequired : .textRequired] }
        if trimmed.count > maximum { return [answer ? .answerTooLong : .textTooLong] }
        return []
    }

    /// Checks that `user` may ask about `mission`: it is published and not one they own.
    /// - Throws: ``ContactError/missionNotPublished`` or ``ContactError/ownMission``.
    public static func checkAsking(about mission: Mission, by user: User) throws {
        guard mission.state == .published else { throw ContactError.missionNotPublished }
        guard !mission.isOwned(by: user) else { throw ContactError.ownMission }
    }

    /// Checks that `user` may read and answer the questions of `mission`: one of its owners, or
    /// the operator (the mission's own owner rule, ``Mission/isOwned(by:)``).
    public static func mayAnswer(about mission: Mission, user: User) -> Bool {
        mission.isOwned(by: user) || user.has(.operator)
    }
}
