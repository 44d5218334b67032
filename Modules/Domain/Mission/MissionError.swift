/// A rule broken by a mission's details or by a refused transition.
public enum MissionError: DomainError, Equatable {
    /// The title is empty or longer than ``MissionDetails/maximumTitleLength``.
    case titleLength(count: Int)
    /// The description is empty or longer than ``MissionDetails/maximumDescriptionLength``.
    case descriptionLength(count: Int)
    /// Fewer than 1 or more than ``MissionDetails/maximumRequiredSkills`` required skills.
    case requiredSkillsCount(Int)
    /// A required skill is not in the taxonomy.
    case unknownSkill(SkillCode, index: Int)
    /// A skill is required twice.
    case duplicateSkill(SkillCode, index: Int)
    /// The effort is below 1 hour or above the cap.
    case effortOutOfRange(hours: Int, maximum: Int)
    /// The window ends before it starts.
    case windowReversed(start: LocalDate, end: LocalDate)
    /// The window is longer than 12 months.
    case windowTooLong(end: LocalDate, latestEnd: LocalDate)
    /// Neither a département nor remote work.
    case placeRequired
    /// The number of talents sought is outside 1…``MissionDetails/maximumTalentsSought``.
    case talentsSoughtOutOfRange(Int)
    /// The application deadline is after the window's end.
    case deadlineAfterWindow(deadline: LocalDate, windowEnd: LocalDate)
    /// A rejection without a reason, or with one too long.
    case rejectionReasonLength(count: Int)
    /// Publishing after the application deadline.
    case deadlinePassed(deadline: LocalDate, today: LocalDate)
    /// Expiring a mission whose application deadline has not passed.
    case deadlineNotPassed(deadline: LocalDate, today: LocalDate)
    /// The action is not allowed from the mission's state.
    case invalidTransition(action: MissionAction, from: MissionState)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .titleLength: "mission-title-length"
        case .descriptionLength: "mission-description-length"
        case .requiredSkillsCount: "mission-required-skills-count"
        case .unknownSkill: "mission-skill-unknown"
        case .duplicateSkill: "mission-skill-duplicate"
        case .effortOutOfRange: "mission-effort-out-of-range"
        case .windowReversed: "mission-window-reversed"
        case .windowTooLong: "mission-window-too-long"
        case .placeRequired: "mission-place-required"
        case .talentsSoughtOutOfRange: "mission-talents-sought-out-of-range"
        case .deadlineAfterWindow: "mission-deadline-after-window"
        case .rejectionReasonLength: "mission-rejection-reason-length"
        case .deadlinePassed: "mission-deadline-passed"
        case .deadlineNotPassed: "mission-deadline-not-passed"
        case .invalidTransition: "mission-invalid-transition"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .titleLength: "title"
        case .descriptionLength: "description"
        case .requiredSkillsCount: "requiredSkills"
        case .unknownSkill(_, let index), .duplicateSkill(_, let index): "requiredSkills[\(index)].code"
        case .effortOutOfRange: "effortHours"
        case .windowReversed, .windowTooLong: "window.end"
        case .placeRequired: "departement"
        case .talentsSoughtOutOfRange: "talentsSought"
        case .deadlineAfterWindow: "applicationDeadline"
        case .rejectionReasonLength: "reason"
        case .deadlinePassed, .deadlineNotPassed, .invalidTransition: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .titleLength(let count):
            "A mission title must have 1 to \(MissionDetails.maximumTitleLength) characters, not \(count)."
        case .descriptionLength(let count):
            "A mission description must have 1 to \(MissionDetails.maximumDescriptionLength) characters, not \(count)."
        case .requiredSkillsCount(let count):
            "A mission must require 1 to \(MissionDetails.maximumRequiredSkills) skills, not \(count)."
        case .unknownSkill(let code, _):
            "The skill '\(code)' is not in the skill taxonomy."
        case .duplicateSkill(let code, _):
            "The skill '\(code)' is required more than once."
        case .effortOutOfRange(let hours, let maximum):
            "The effort must be 1 to \(maximum) hours, not \(hours)."
        case .windowReversed(let start, let end):
            "The mission window ends (\(end)) before it starts (\(start))."
        case .windowTooLong(let end, let latestEnd):
            "A mission window may last at most \(MissionDetails.maximumWindowMonths) months: it must end by \(latestEnd), not \(end)."
        case .placeRequired:
            "A mission needs a département, remote work, or both."
        case .talentsSoughtOutOfRange(let count):
            "A mission must seek 1 to \(MissionDetails.maximumTalentsSought) talents, not \(count)."
        case .deadlineAfterWindow(let deadline, let windowEnd):
            "The application deadline (\(deadline)) must not be after the end of the window (\(windowEnd))."
        case .rejectionReasonLength(let count):
            "A rejection needs a reason of 1 to \(Mission.maximumRejectionReasonLength) characters, not \(count)."
        case .deadlinePassed(let deadline, let today):
            "The application deadline (\(deadline)) has passed (today is \(today)); change it before publishing."
        case .deadlineNotPassed(let deadline, let today):
            "A mission expires only after its application deadline (\(deadline)); today is \(today)."
        case .invalidTransition(let action, let state):
            "The action '\(action.verb)' is not allowed on a mission in state '\(state.rawValue)'; it is allowed from: "
                + action.allowedStates.map(\.rawValue).joined(separator: ", ") + "."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .deadlinePassed, .deadlineNotPassed, .invalidTransition: .conflict
        default: .invalidValue
        }
    }
}
