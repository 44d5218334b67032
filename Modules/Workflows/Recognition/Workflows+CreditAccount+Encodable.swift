import Domain
public import Gamification

extension Workflows.CreditAccount {
    /// The account as read from the ledger (an administration's stored account).
    public init(_ account: LedgerAccount) {
        self.init(
            administrationID: account.administrationID, balance: account.balance, floor: account.floor,
            isBelowFloor: account.isBelowFloor)
    }
}

/// An account as the API (schema `CreditAccount`) and `talents-admin ledger accounts --json` print
/// it: the balance in exact units and in credits for reading, the floor when one is set, the flag.
extension Workflows.CreditAccount: Encodable {
    private enum CodingKeys: String, CodingKey {
        case administrationID, balance, balanceCredits, floor, belowFloor, unit
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(administrationID, forKey: .administrationID)
        try container.encode(balance, forKey: .balance)
        try container.encode(balance.credits, forKey: .balanceCredits)
        // Left out when none is set, as synthesized encoders do.
        try container.encodeIfPresent(floor, forKey: .floor)
        try container.encode(isBelowFloor, forKey: .belowFloor)
        try container.encode("1/60 credit", forKey: .unit)
    }
}
