/// Why a message to the programme team, a question about a mission or its answer was refused.
public enum ContactError: DomainError, Equatable, Sendable {
    case nameRequired
    case nameTooLong
    case emailInvalid
    case subjectUnknown
    case textRequired
    case textTooLong
    case answerRequired
    case answerTooLong
    /// Too many messages from one client address or one e-mail address within the window.
    case tooManyMessages
    /// Too many questions from one agent within the window.
    case tooManyQuestions
    /// Only a published mission takes questions.
    case missionNotPublished
    /// An owner does not ask about their own mission.
    case ownMission
    /// The question already has its answer.
    case alreadyAnswered

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .nameRequired: "contact-name-required"
        case .nameTooLong: "contact-name-too-long"
        case .emailInvalid: "contact-email-invalid"
        case .subjectUnknown: "contact-subject-unknown"
        case .textRequired: "contact-text-required"
        case .textTooLong: "contact-text-too-long"
        case .answerRequired: "question-answer-required"
        case .answerTooLong: "question-answer-too-long"
        case .tooManyMessages: "contact-too-many-messages"
        case .tooManyQuestions: "question-too-many"
        case .missionNotPublished: "question-mission-not-published"
        case .ownMission: "question-own-mission"
        case .alreadyAnswered: "question-already-answered"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .nameRequired, .nameTooLong: "name"
        case .emailInvalid: "email"
        case .subjectUnknown: "subject"
        case .textRequired, .textTooLong: "text"
        case .answerRequired, .answerTooLong: "answer"
        default: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .nameRequired: "Give a name."
        case .nameTooLong: "The name holds at most \(NewContactMessage.maximumNameLength) characters."
        case .emailInvalid: "Give a valid e-mail address."
        case .subjectUnknown:
            "The subject is one of \(ContactSubject.allCases.map(\.rawValue).joined(separator: ", "))."
        case .textRequired: "Write the message."
        case .textTooLong: "The message is too long."
        case .answerRequired: "Write the answer."
        case .answerTooLong: "The answer holds at most \(MissionQuestion.maximumTextLength) characters."
        case .tooManyMessages:
            "Too many messages were sent from this address within the last \(NewContactMessage.rateWindowMinutes) "
                + "minutes; try again later."
        case .tooManyQuestions:
            "At most \(MissionQuestion.maximumPerAsker) questions within \(MissionQuestion.rateWindowHours) hours."
        case .missionNotPublished: "Only a published mission takes questions."
        case .ownMission: "An owner does not ask about their own mission."
        case .alreadyAnswered: "The question is already answered."
        }
    }

    /// ``DomainErrorKind/conflict`` for the limits and states, else ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind {
        switch self {
        case .tooManyMessages, .tooManyQuestions, .missionNotPublished, .ownMission, .alreadyAnswered: .conflict
        default: .invalidValue
        }
    }
}
