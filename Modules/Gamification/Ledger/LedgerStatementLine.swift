public import Domain

/// One line of an account's statement: the movement, the other account of its transfer, and
/// why credits moved.
public struct LedgerStatementLine: Hashable, Sendable {
    /// The movement on the account.
    public var movement: LedgerMovement
    /// The administration on the other side of the transfer.
    public var counterpart: AdministrationID
    /// The validated time report paid, for an hours transfer.
    public var timeReportID: Int64?
    /// The transfer cancelled, for a reversal.
    public var reversedTransferID: Int64?
    /// The reason of a reversal.
    public var reason: String?

    /// A statement line.
    public init(
        movement: LedgerMovement, counterpart: AdministrationID, timeReportID: Int64?,
        reversedTransferID: Int64?, reason: String?
    ) {
        self.movement = movement
        self.counterpart = counterpart
        self.timeReportID = timeReportID
        self.reversedTransferID = reversedTransferID
        self.reason = reason
    }
}
