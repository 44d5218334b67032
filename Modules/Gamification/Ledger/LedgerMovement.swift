public import Domain

/// One leg of a transfer on one account: negative on the paying account, positive on the
/// receiving one, with the account's balance right after it. Never edited.
public struct LedgerMovement: Hashable, Sendable, Codable {
    /// The sequence number (increasing with time).
    public var id: Int64
    /// The transfer this leg belongs to.
    public var transferID: Int64
    /// The account.
    public var account: AdministrationID
    /// The signed amount.
    public var amount: CreditAmount
    /// The account's balance once this movement applied.
    public var balanceAfter: CreditAmount
    /// When it was posted.
    public var at: Instant

    /// A movement as stored.
    public init(
        id: Int64, transferID: Int64, account: AdministrationID, amount: CreditAmount,
        balanceAfter: CreditAmount, at: Instant
    ) {
        self.id = id
        self.transferID = transferID
        self.account = account
        self.amount = amount
        self.balanceAfter = balanceAfter
        self.at = at
    }
}
