public import Domain

/// A question about a mission as its reader sees it: the mission's title, the people by name,
/// and an address only where its owner chose to share it.
public struct MissionQuestionView: Sendable, Hashable {
    public let question: MissionQuestion
    public let missionTitle: String
    /// The asker's display name.
    public let askerName: String
    /// The asker's address, only when they shared it.
    public let askerEmail: EmailAddress?
    /// The display name of who answered, once answered.
    public let answererName: String?
    /// Their address, only when they shared it.
    public let answererEmail: EmailAddress?

    init(_ question: MissionQuestion, mission: Mission?, asker: User?, answerer: User?) {
        self.question = question
        missionTitle = mission?.details.title ?? ""
        askerName = asker?.displayName ?? ""
        askerEmail = question.askerSharesEmail ? asker?.email : nil
        answererName = answerer?.displayName
        answererEmail = question.answererSharesEmail ? answerer?.email : nil
    }
}
