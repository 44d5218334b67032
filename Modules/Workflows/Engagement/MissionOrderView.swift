public import Domain

/// A mission order as its page shows it: the order, the agreement it covers (with its people)
/// and who issued it.
public struct MissionOrderView: Sendable {
    /// The order.
    public let order: MissionOrder
    /// Its revision (`ETag`).
    public let revision: Int
    /// The agreement it covers, as the caller reads it.
    public let agreement: AgreementView
    /// The display name of the referent who issued it; nil when the command line did.
    public let issuedBy: String?
    /// Whether the caller may cancel it (in force, and a referent of the talent's employer or the
    /// operator): the page offers the cancellation only then.
    public let callerMayCancel: Bool
}
