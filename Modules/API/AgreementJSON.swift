import Domain
import Workflows

/// An agreement as one caller sees it (schema `Agreement` of docs/openapi.yaml): its fixed
/// parties, the terms beside the life cycle, each signature (an instant or null), the parties still to sign, whether
/// the caller is one of them, and what the caller has to do next and may do now (Workflows' rules).
struct AgreementJSON: Encodable {
    /// The three signatures, each an RFC 3339 instant or null.
    struct Signatures: Encodable {
        let talent: String?
        let lineManager: String?
        let owner: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            // Explicit nulls: "not signed" is information, not an absent member.
            try container.encode(talent, forKey: .talent)
            try container.encode(lineManager, forKey: .lineManager)
            try container.encode(owner, forKey: .owner)
        }

        private enum CodingKeys: String, CodingKey {
            case talent, lineManager, owner
        }
    }

    /// The mission order in force, in short.
    struct OrderSummary: Encodable {
        let id: MissionOrderID
        let reference: MissionOrderReference
    }

    let id: AgreementID
    let applicationID: ApplicationID
    let missionID: MissionID
    let talentID: TalentID
    /// Who the agreement binds, fixed when drafted (never the talent's live profile).
    let parties: AgreementParties
    let objectives: String
    let deliverables: String
    let hoursBudget: Int
    let dates: DateWindow
    let workMode: WorkMode
    let conditions: String
    let status: AgreementStatus
    let signatures: Signatures
    let awaitingSignatures: [AgreementParty]
    let yourParties: [AgreementParty]
    let youMustSign: Bool
    let nextStep: AgreementNextStep
    let availableActions: [AgreementAction]
    let missionOrder: OrderSummary?
    let feedback: [FeedbackJSON]
    let endReason: String?
    let endedBy: AgreementEnder?
    let createdAt: String
    let updatedAt: String
    let signedAt: String?
    let endedAt: String?

    init(_ view: AgreementView) {
        let agreement = view.agreement
        let terms = agreement.terms
        id = agreement.id
        applicationID = agreement.applicationID
        missionID = agreement.missionID
        talentID = agreement.talentID
        parties = agreement.parties
        objectives = terms.objectives
        deliverables = terms.deliverables
        hoursBudget = terms.hoursBudget
        dates = terms.dates
        workMode = terms.workMode
        conditions = terms.conditions
        status = agreement.status
        signatures = Signatures(
            talent: agreement.talentSignedAt?.rfc3339,
            lineManager: agreement.lineManagerSignedAt?.rfc3339,
            owner: agreement.ownerSignedAt?.rfc3339)
        awaitingSignatures = agreement.awaitingSignatures
        yourParties = view.callerParties
        youMustSign = view.callerMustSign
        nextStep = view.nextStep
        availableActions = view.availableActions
        missionOrder = view.missionOrder.map { OrderSummary(id: $0.id, reference: $0.reference) }
        feedback = view.feedback.map(FeedbackJSON.init)
        endReason = agreement.endReason
        endedBy = agreement.endedBy
        createdAt = agreement.createdAt.rfc3339
        updatedAt = agreement.updatedAt.rfc3339
        signedAt = agreement.signedAt?.rfc3339
        endedAt = agreement.endedAt?.rfc3339
    }
}

/// Feedback as the API shows it (schema `Feedback`).
struct FeedbackJSON: Encodable {
    let side: FeedbackSide
    let rating: Int
    let comment: String
    let createdAt: String

    init(_ feedback: Feedback) {
        side = feedback.side
        rating = feedback.rating
        comment = feedback.comment
        createdAt = feedback.createdAt.rfc3339
    }
}

/// The caller's agreements (schema `AgreementList`).
struct AgreementListJSON: Encodable {
    let items: [AgreementJSON]
}
