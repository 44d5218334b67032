public import Domain

/// The credit account of one administration: its balance, kept with every movement and checked
/// against their sum, and an optional floor below which the administration is flagged.
public struct LedgerAccount: Hashable, Sendable, Codable {
    /// The administration; an administration has exactly one account.
    public var administrationID: AdministrationID
    /// The stored balance, updated in the transaction of each movement (verified by ``LedgerVerifier``).
    public var balance: CreditAmount
    /// The lowest balance the programme expects; drawing below it flags the account, never blocks.
    public var floor: CreditAmount?

    /// An account as stored.
    public init(administrationID: AdministrationID, balance: CreditAmount, floor: CreditAmount?) {
        self.administrationID = administrationID
        self.balance = balance
        self.floor = floor
    }

    /// Whether the balance lies below the floor.
    public var isBelowFloor: Bool {
        guard let floor else { return false }
        return balance < floor
    }
}
