import Domain
import Workflows

/// A question about a mission as the API shows it (an address only where its owner shared it).
struct MissionQuestionJSON: Encodable {
    let id: MissionQuestionID
    let missionID: MissionID
    let missionTitle: String
    let text: String
    let askedAt: String
    let askerName: String
    let askerEmail: String?
    let answer: String?
    let answeredAt: String?
    let answererName: String?
    let answererEmail: String?

    init(_ view: MissionQuestionView) {
        let question = view.question
        id = question.id
        missionID = question.missionID
        missionTitle = view.missionTitle
        text = question.text
        askedAt = question.askedAt.rfc3339
        askerName = view.askerName
        askerEmail = view.askerEmail?.value
        answer = question.answer
        answeredAt = question.answeredAt?.rfc3339
        answererName = view.answererName
        answererEmail = view.answererEmail?.value
    }
}

/// A page of questions with the size of the whole list.
struct MissionQuestionPageJSON: Encodable {
    let items: [MissionQuestionJSON]
    let total: Int
}

/// A question or an answer as sent.
struct QuestionTextJSON: Decodable {
    let text: String
    let shareEmail: Bool?
}

/// A message to the programme team as sent.
struct NewContactMessageJSON: Decodable {
    let name: String
    let email: String
    let subject: String
    let text: String
}

/// A message to the programme team as the operator reads it.
struct ContactMessageJSON: Encodable {
    let id: ContactMessageID
    let name: String
    let email: String
    let subject: String
    let text: String
    let receivedAt: String
    let handledAt: String?

    init(_ message: ContactMessage) {
        id = message.id
        name = message.name
        email = message.email.value
        subject = message.subject.rawValue
        text = message.text
        receivedAt = message.receivedAt.rfc3339
        handledAt = message.handledAt?.rfc3339
    }
}

/// A page of messages with the size of the whole list.
struct ContactMessagePageJSON: Encodable {
    let items: [ContactMessageJSON]
    let total: Int
}

/// The state an operator sets on a message.
struct ContactMessageStateJSON: Decodable {
    let handled: Bool
}
