import Domain
import HTTP

/// A refusal of an engagement action, in French, tied to the form field it concerns (by its id)
/// or to the whole page, with its status: 422 for a value, 409 for a state or a stale revision.
struct EngagementMessage: Error {
    /// The id of the field at fault, or nil for the page.
    let field: String?
    /// The French sentence, lower case, ending with a full stop.
    let text: String
    let status: HTTPStatus

    /// The messages of the other fields, when a form is checked whole.
    private var others: [EngagementMessage] = []

    init(field: String?, _ text: String, status: Int = 422) {
        self.field = field
        self.text = text
        self.status = HTTPStatus(code: status)
    }

    /// `messages` together, for a form that shows all its errors at once; the first one's status.
    init(_ messages: [EngagementMessage]) {
        precondition(!messages.isEmpty, "no message to show")
        self = messages[0]
        others = Array(messages.dropFirst())
    }

    /// The errors this message puts on a page: each field's, or the page's (`page`); the first
    /// message of a field wins.
    var errors: [String: String] {
        var errors: [String: String] = [:]
        for message in [self] + others where errors[message.field ?? "page"] == nil {
            errors[message.field ?? "page"] = message.text
        }
        return errors
    }

    /// The French message of an engagement rule broken, or nil for an error the error page
    /// handles (access, not found) or an unexpected one.
    static func of(_ error: any Error) -> EngagementMessage? {
        switch error {
        case let error as AgreementError: FrenchMessages.agreement(error)
        case let error as AgreementPartyError: FrenchMessages.agreementParty(error)
        case let error as MissionOrderError: FrenchMessages.missionOrder(error)
        case let error as TimeReportError: FrenchMessages.timeReport(error)
        case let error as FeedbackError: FrenchMessages.feedback(error)
        case is StaleRevisionError:
            EngagementMessage(
                field: nil, "la convention ou la déclaration a changé entre-temps : relisez-la et recommencez.",
                status: 409)
        default: nil
        }
    }
}
