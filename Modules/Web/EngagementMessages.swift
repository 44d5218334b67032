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

    init(field: String?, _ text: String, status: Int = 422) {
        self.field = field
        self.text = text
        self.status = HTTPStatus(code: status)
    }

    /// The errors this message puts on a page: its field's or the page's (`page`).
    var errors: [String: String] {
        [field ?? "page": text]
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
            EngagementMessage(field: nil, "la convention ou la déclaration a changé entre-temps : relisez-la et recommencez.",
                              status: 409)
        default: nil
        }
    }
}
