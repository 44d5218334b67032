import Domain

/// A mission order as the API shows it (schema `MissionOrder`).
struct MissionOrderJSON: Encodable {
    let id: MissionOrderID
    let agreementID: AgreementID
    let administrationID: AdministrationID
    let reference: MissionOrderReference
    let dates: DateWindow
    let inForce: Bool
    let issuedBy: UserID?
    let issuedAt: String
    let cancelledAt: String?
    let cancellationReason: String?

    init(_ order: MissionOrder) {
        id = order.id
        agreementID = order.agreementID
        administrationID = order.administrationID
        reference = order.reference
        dates = order.dates
        inForce = order.isInForce
        issuedBy = order.issuedBy
        issuedAt = order.issuedAt.rfc3339
        cancelledAt = order.cancelledAt?.rfc3339
        cancellationReason = order.cancellationReason
    }
}
