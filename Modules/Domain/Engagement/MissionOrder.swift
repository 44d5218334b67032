/// A mission order (*ordre de mission*): issued by the talent's administration once the agreement
/// is signed, it secures the talent's position for the dates it covers. Work starts only once
/// one is in force. Cancelled with a reason, it keeps its reference; a new one may then be issued.
public struct MissionOrder: Hashable, Sendable {
    /// Maximum length of a cancellation reason, in characters.
    public static let maximumReasonLength = 2000

    /// The identifier.
    public let id: MissionOrderID
    /// The signed agreement it covers.
    public let agreementID: AgreementID
    /// The issuing administration: the talent's employer or one of its ancestors.
    public let administrationID: AdministrationID
    /// The reference, unique per administration and year.
    public let reference: MissionOrderReference
    /// The dates covered, inside the agreement's dates.
    public let dates: DateWindow
    /// The referent who issued it; nil when issued from the command line.
    public let issuedBy: UserID?
    /// When it was issued.
    public let issuedAt: Instant
    /// When it was cancelled, or nil while in force.
    public internal(set) var cancelledAt: Instant?
    /// Why it was cancelled.
    public internal(set) var cancellationReason: String?

    /// Builds a mission order from trusted values (a store reading its rows).
    /// New orders go through ``issue(id:for:administrationID:reference:dates:issuedBy:at:)``.
    public init(
        id: MissionOrderID, agreementID: AgreementID, administrationID: AdministrationID,
        reference: MissionOrderReference, dates: DateWindow, issuedBy: UserID?, issuedAt: Instant,
        cancelledAt: Instant?, cancellationReason: String?
    ) {
        self.id = id
        self.agreementID = agreementID
        self.administrationID = administrationID
        self.reference = reference
        self.dates = dates
        self.issuedBy = issuedBy
        self.issuedAt = issuedAt
        self.cancelledAt = cancelledAt
        self.cancellationReason = cancellationReason
    }

    /// Issues the order covering `dates` of a signed `agreement`, under `reference`.
    /// - Throws: ``AgreementError`` when the agreement is not signed, ``MissionOrderError``.
    public static func issue(
        id: MissionOrderID, for agreement: Agreement, administrationID: AdministrationID,
        reference: MissionOrderReference, dates: DateWindow, issuedBy: UserID?,
        at instant: Instant
    ) throws -> MissionOrder {
        try agreement.require(.issueMissionOrder)
        guard dates.start <= dates.end else { throw MissionOrderError.datesReversed(dates) }
        guard agreement.terms.dates.contains(dates.start), agreement.terms.dates.contains(dates.end) else {
            throw MissionOrderError.datesOutsideAgreement(dates, agreement: agreement.terms.dates)
        }
        return MissionOrder(
            id: id, agreementID: agreement.id, administrationID: administrationID,
            reference: reference, dates: dates, issuedBy: issuedBy, issuedAt: instant,
            cancelledAt: nil, cancellationReason: nil)
    }

    /// Whether the order is in force (not cancelled).
    public var isInForce: Bool {
        cancelledAt == nil
    }

    /// Cancels the order, with a reason; it keeps its reference.
    /// - Throws: ``MissionOrderError``.
    public mutating func cancel(reason: String, at instant: Instant) throws {
        guard isInForce else { throw MissionOrderError.alreadyCancelled(reference) }
        let reason = reason.trimmingWhitespace()
        guard (1...Self.maximumReasonLength).contains(reason.count) else {
            throw MissionOrderError.reasonLength(count: reason.count)
        }
        cancelledAt = instant
        cancellationReason = reason
    }
}
