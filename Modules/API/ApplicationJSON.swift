import Domain
import Workflows

// The JSON representations of applications (schemas `Application`, `ApplicationPage` of
// docs/openapi.yaml) and the bodies of their changes: instants in RFC 3339, as everywhere in
// the API.

/// An application as one caller reads it: `dueAt` and `overdue` are computed when read, the
/// applicant's contact is there for the mission's owner and the operator only.
struct ApplicationJSON: Encodable {
    struct Applicant: Encodable {
        let displayName: String
        let email: String
    }

    struct InterviewJSON: Encodable {
        let at: String
        let means: String
    }

    let id: ApplicationID
    let missionID: MissionID
    let missionTitle: String
    let talentID: TalentID
    let applicant: Applicant?
    let motivation: String
    let status: ApplicationStatus
    let interview: InterviewJSON?
    let reason: CodedReason?
    let reopeningReason: String?
    let submittedAt: String
    let dueAt: String
    let overdue: Bool
    let answeredAt: String?
    let updatedAt: String

    init(_ view: ApplicationView) {
        let application = view.application
        id = application.id
        missionID = application.missionID
        missionTitle = view.missionTitle
        talentID = application.talentID
        applicant = view.applicant.map { Applicant(displayName: $0.displayName, email: $0.email.value) }
        motivation = application.motivation
        status = application.state.status
        switch application.state {
        case .interviewProposed(let proposed):
            (interview, reason) = (InterviewJSON(at: proposed.at.rfc3339, means: proposed.means), nil)
        case .declined(let given), .withdrawn(let given):
            (interview, reason) = (nil, given)
        case .submitted, .accepted:
            (interview, reason) = (nil, nil)
        }
        reopeningReason = application.reopeningReason
        submittedAt = application.submittedAt.rfc3339
        dueAt = application.dueAt.rfc3339
        overdue = view.overdue
        answeredAt = application.answeredAt?.rfc3339
        updatedAt = application.updatedAt.rfc3339
    }
}

/// A page of applications; `nextCursor` is absent on the last page.
struct ApplicationPageJSON: Encodable {
    let items: [ApplicationJSON]
    let nextCursor: String?

    init(_ page: ApplicationPage) {
        items = page.items.map(ApplicationJSON.init)
        nextCursor = page.nextCursor
    }
}

/// `{"motivation": "…"}` of an application.
struct NewApplicationJSON: Decodable {
    let motivation: String
}

/// `{"interview": {"at": "<RFC 3339>", "means": "…"}}` of a proposal; a malformed instant is a
/// 422 naming `interview.at`.
struct InterviewProposalJSON: Decodable {
    struct Proposal: Decodable {
        let at: Instant
        let means: String

        private enum CodingKeys: String, CodingKey {
            case at, means
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            at = try Instant(rfc3339: try container.decode(String.self, forKey: .at), field: "interview.at")
            means = try container.decode(String.self, forKey: .means)
        }
    }

    let interview: Proposal
}

/// `{"reason": {"code": "…", "text": "…"}}` of a decline or a withdrawal; `other` without text
/// is a 422 naming `reason.text`.
struct CodedReasonJSON: Decodable {
    let reason: CodedReason
}

/// `{"reason": "…"}` of a reopening.
struct ReopeningJSON: Decodable {
    let reason: String
}
