public import Domain

/// A way the stored ledger breaks double-entry bookkeeping, found by ``LedgerVerifier``.
public enum LedgerDiscrepancy: Hashable, Sendable, CustomStringConvertible {
    /// A transfer's movements are not exactly: minus the amount on the payer, plus it on the receiver.
    case unbalancedTransfer(transferID: Int64, expected: CreditAmount, movements: [CreditAmount])
    /// A movement names a transfer that does not exist.
    case orphanMovement(movementID: Int64, transferID: Int64)
    /// A movement is on an account that does not exist.
    case unknownAccount(movementID: Int64, account: AdministrationID)
    /// An account's stored balance differs from the sum of its movements.
    case balanceMismatch(account: AdministrationID, stored: CreditAmount, sumOfMovements: CreditAmount)
    /// A movement's running balance differs from the sum of the account's movements up to it.
    case runningBalanceMismatch(
        movementID: Int64, account: AdministrationID, stored: CreditAmount,
        expected: CreditAmount)
    /// The movements of the whole ledger do not sum to zero.
    case nonZeroMovementSum(CreditAmount)
    /// The stored balances of all accounts do not sum to zero.
    case nonZeroBalanceSum(CreditAmount)
    /// A reversal does not mirror the transfer it names (amount, or accounts not swapped).
    case reversalMismatch(transferID: Int64, reverses: Int64)
    /// A reversal names a transfer that does not exist, or another reversal.
    case invalidReversalTarget(transferID: Int64, reverses: Int64)
    /// A transfer was reversed more than once.
    case reversedTwice(transferID: Int64, by: [Int64])
    /// A transfer's amount is not positive, or it moves credits from an account to itself.
    case malformedTransfer(transferID: Int64)

    /// One line naming the broken rule and the records involved.
    public var description: String {
        switch self {
        case .unbalancedTransfer(let id, let expected, let movements):
            "transfer #\(id): movements \(movements.map(\.units)) do not balance its amount of \(expected.units) units"
        case .orphanMovement(let movement, let transfer):
            "movement #\(movement): names transfer #\(transfer), which does not exist"
        case .unknownAccount(let movement, let account):
            "movement #\(movement): account of administration \(account) does not exist"
        case .balanceMismatch(let account, let stored, let sum):
            "account of administration \(account): stored balance \(stored.units) units, movements sum to \(sum.units)"
        case .runningBalanceMismatch(let movement, let account, let stored, let expected):
            "movement #\(movement) on administration \(account): balance after \(stored.units) units, expected \(expected.units)"
        case .nonZeroMovementSum(let sum):
            "zero sum broken: all movements sum to \(sum.units) units"
        case .nonZeroBalanceSum(let sum):
            "zero sum broken: all stored balances sum to \(sum.units) units"
        case .reversalMismatch(let id, let reverses):
            "transfer #\(id): does not mirror transfer #\(reverses), which it reverses"
        case .invalidReversalTarget(let id, let reverses):
            "transfer #\(id): reverses #\(reverses), which does not exist or is itself a reversal"
        case .reversedTwice(let id, let by):
            "transfer #\(id): reversed more than once, by \(by.map { "#\($0)" }.joined(separator: ", "))"
        case .malformedTransfer(let id):
            "transfer #\(id): amount not positive, or payer and receiver are the same account"
        }
    }
}
