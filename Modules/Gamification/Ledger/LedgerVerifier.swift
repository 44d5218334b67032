import Domain

/// Recomputes the ledger from its movements and lists every discrepancy with what is stored:
/// each transfer balanced by its two movements, each balance (stored and running) equal to the
/// sum of the movements, the zero sum of the whole ledger, and reversals mirroring their target.
public struct LedgerVerifier: Sendable {
    /// The accounts, transfers and movements to check (the whole ledger).
    public let accounts: [LedgerAccount]
    /// Every transfer.
    public let transfers: [LedgerTransfer]
    /// Every movement, in any order.
    public let movements: [LedgerMovement]

    /// A verifier over a snapshot of the ledger.
    public init(accounts: [LedgerAccount], transfers: [LedgerTransfer], movements: [LedgerMovement]) {
        self.accounts = accounts
        self.transfers = transfers
        self.movements = movements
    }

    /// Every discrepancy, in a stable order; empty when the ledger is sound.
    public func discrepancies() -> [LedgerDiscrepancy] {
        var found: [LedgerDiscrepancy] = []
        let transfersByID = Dictionary(transfers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let movementsByTransfer = Dictionary(grouping: movements, by: \.transferID)
        let accountIDs = Set(accounts.map(\.administrationID))

        for transfer in transfers.sorted(by: { $0.id < $1.id }) {
            if transfer.amount.units <= 0 || transfer.from == transfer.to {
                found.append(.malformedTransfer(transferID: transfer.id))
            }
            let legs = (movementsByTransfer[transfer.id] ?? []).sorted { $0.id < $1.id }
            let expected = transfer.legs.map { "\($0.account.rawValue):\($0.amount.units)" }.sorted()
            let actual = legs.map { "\($0.account.rawValue):\($0.amount.units)" }.sorted()
            if expected != actual {
                found.append(
                    .unbalancedTransfer(
                        transferID: transfer.id, expected: transfer.amount,
                        movements: legs.map(\.amount)))
            }
            if let target = transfer.reversedTransferID {
                guard let reversed = transfersByID[target], reversed.reversedTransferID == nil else {
                    found.append(.invalidReversalTarget(transferID: transfer.id, reverses: target))
                    continue
                }
                if reversed.amount != transfer.amount || reversed.from != transfer.to || reversed.to != transfer.from {
                    found.append(.reversalMismatch(transferID: transfer.id, reverses: target))
                }
            }
        }
        let reversals = Dictionary(
            grouping: transfers.filter { $0.reversedTransferID != nil },
            by: { $0.reversedTransferID! })
        for (target, by) in reversals.sorted(by: { $0.key < $1.key }) where by.count > 1 {
            found.append(.reversedTwice(transferID: target, by: by.map(\.id).sorted()))
        }

        var running: [AdministrationID: CreditAmount] = [:]
        for movement in movements.sorted(by: { $0.id < $1.id }) {
            if transfersByID[movement.transferID] == nil {
                found.append(.orphanMovement(movementID: movement.id, transferID: movement.transferID))
            }
            if !accountIDs.contains(movement.account) {
                found.append(.unknownAccount(movementID: movement.id, account: movement.account))
            }
            let balance = running[movement.account, default: .zero] + movement.amount
            running[movement.account] = balance
            if balance != movement.balanceAfter {
                found.append(
                    .runningBalanceMismatch(
                        movementID: movement.id, account: movement.account,
                        stored: movement.balanceAfter, expected: balance))
            }
        }
        for account in accounts.sorted(by: { $0.administrationID < $1.administrationID }) {
            let sum = running[account.administrationID, default: .zero]
            if sum != account.balance {
                found.append(
                    .balanceMismatch(
                        account: account.administrationID, stored: account.balance,
                        sumOfMovements: sum))
            }
        }
        let movementSum = movements.map(\.amount).sum()
        if movementSum != .zero { found.append(.nonZeroMovementSum(movementSum)) }
        let balanceSum = accounts.map(\.balance).sum()
        if balanceSum != .zero { found.append(.nonZeroBalanceSum(balanceSum)) }
        return found
    }
}
