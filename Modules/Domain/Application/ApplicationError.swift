/// A rule broken by an application or by a refused transition.
public enum ApplicationError: DomainError, Equatable {
    /// The motivation is empty or longer than ``Application/maximumMotivationLength``.
    case motivationLength(count: Int)
    /// Applying to a mission that is not published.
    case missionNotPublished(MissionState)
    /// Applying after the mission's application deadline.
    case deadlinePassed(deadline: LocalDate, today: LocalDate)
    /// The mission's owner applying to their own mission.
    case ownMission
    /// The talent already has a live application for this mission.
    case alreadyApplied(ApplicationID)
    /// An interview proposed at or before the present time.
    case interviewNotInFuture(interviewAt: Instant, now: Instant)
    /// An interview without means, or with means too long.
    case interviewMeansLength(count: Int)
    /// ``ReasonCode/other`` without an explanation.
    case reasonTextRequired
    /// A reason text longer than ``CodedReason/maximumTextLength``.
    case reasonTextTooLong(count: Int)
    /// Withdrawing while an agreement is awaiting signatures or signed: interrupt it instead.
    case agreementInProgress(AgreementID)
    /// The action is not allowed from the application's status.
    case invalidTransition(action: ApplicationAction, from: ApplicationStatus)
    /// A reopening without a reason, or with one too long.
    case reopeningReasonLength(count: Int)
    /// Applying without a talent profile.
    case talentProfileRequired

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .motivationLength: "application-motivation-length"
        case .missionNotPublished: "application-mission-not-published"
        case .deadlinePassed: "application-deadline-passed"
        case .ownMission: "application-own-mission"
        case .alreadyApplied: "application-already-applied"
        case .interviewNotInFuture: "application-interview-not-in-future"
        case .interviewMeansLength: "application-interview-means-length"
        case .reasonTextRequired: "application-reason-text-required"
        case .reasonTextTooLong: "application-reason-text-too-long"
        case .agreementInProgress: "application-agreement-in-progress"
        case .invalidTransition: "application-invalid-transition"
        case .reopeningReasonLength: "application-reopening-reason-length"
        case .talentProfileRequired: "application-talent-profile-required"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .motivationLength: "motivation"
        case .interviewNotInFuture: "interview.at"
        case .interviewMeansLength: "interview.means"
        case .reasonTextRequired, .reasonTextTooLong: "reason.text"
        case .reopeningReasonLength: "reason"
        case .missionNotPublished, .deadlinePassed, .ownMission, .alreadyApplied, .invalidTransition,
            .talentProfileRequired, .agreementInProgress:
            nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .motivationLength(let count):
            "A motivation must have 1 to \(Application.maximumMotivationLength) characters, not \(count)."
        case .missionNotPublished(let state):
            "Only a published mission accepts applications; this one is '\(state.rawValue)'."
        case .deadlinePassed(let deadline, let today):
            "The application deadline (\(deadline)) has passed; today is \(today)."
        case .ownMission:
            "A mission owner cannot apply to their own mission."
        case .alreadyApplied(let id):
            "The talent already has a live application (\(id)) for this mission."
        case .interviewNotInFuture(let interviewAt, let now):
            "An interview must be proposed for a later time than now (\(now.rfc3339)), not \(interviewAt.rfc3339)."
        case .interviewMeansLength(let count):
            "An interview's means must have 1 to \(Interview.maximumMeansLength) characters, not \(count)."
        case .reasonTextRequired:
            "The reason 'other' needs an explanation."
        case .reasonTextTooLong(let count):
            "A reason's text must have at most \(CodedReason.maximumTextLength) characters, not \(count)."
        case .invalidTransition(let action, let status):
            "The action '\(action.verb)' is not allowed on an application in status '\(status.rawValue)'; it is allowed from: "
                + action.allowedStatuses.map(\.rawValue).joined(separator: ", ") + "."
        case .reopeningReasonLength(let count):
            "A reopening needs a reason of 1 to \(CodedReason.maximumTextLength) characters, not \(count)."
        case .talentProfileRequired:
            "Applying needs a talent profile; create it first (POST /v1/talents)."
        case .agreementInProgress(let id):
            "Agreement \(id) is awaiting signatures or signed: interrupt it instead of withdrawing the application."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .missionNotPublished, .deadlinePassed, .ownMission, .alreadyApplied, .invalidTransition,
            .talentProfileRequired, .agreementInProgress:
            .conflict
        default: .invalidValue
        }
    }
}
