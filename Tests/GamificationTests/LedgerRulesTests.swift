import Domain
import Gamification
import Testing

@Suite("Ledger rules")
struct LedgerRulesTests {
    static let now = Instant(utc: try! LocalDate(parsing: "2026-03-02"), hour: 9)

    @Test("an amount is minutes × credits per hour, in sixtieths of a credit")
    func exactAmounts() {
        #expect(CreditRate.standard.amount(minutes: 90) == CreditAmount(units: 90))
        #expect(CreditRate.standard.amount(minutes: 90).credits == 1.5)
        #expect(CreditRate(creditsPerHour: 3).amount(minutes: 20) == CreditAmount(credits: 1))
        #expect(CreditAmount(units: -90).description == "-1.50 (-90 units)")
        #expect(
            CreditRate(parsing: "0") == nil && CreditRate(parsing: "x") == nil
                && CreditRate(parsing: "2")?.creditsPerHour == 2)
    }

    @Test("hours go from the beneficiary to the employer; none within one administration")
    func timeReportTransfer() throws {
        let transfer = try #require(
            LedgerTransfer.forTimeReport(
                7, minutes: 45, beneficiary: 2, employer: 5,
                rate: .standard, id: 1, at: Self.now))
        #expect(transfer.from == 2 && transfer.to == 5 && transfer.amount.units == 45 && transfer.timeReportID == 7)
        #expect(transfer.legs.map(\.amount.units) == [-45, 45])
        #expect(
            LedgerTransfer.forTimeReport(
                7, minutes: 45, beneficiary: 2, employer: 2, rate: .standard, id: 1,
                at: Self.now) == nil)
    }

    @Test("a reversal mirrors its transfer once, needs a reason, and cannot be reversed")
    func reversals() throws {
        let transfer = try #require(
            LedgerTransfer.forTimeReport(
                7, minutes: 45, beneficiary: 2, employer: 5,
                rate: .standard, id: 1, at: Self.now))
        let reversal = try transfer.reversal(
            reason: "  Saisie en double  ", alreadyReversedBy: nil, id: 2, at: Self.now)
        #expect(reversal.from == 5 && reversal.to == 2 && reversal.amount == transfer.amount)
        #expect(reversal.cause == .reversal(of: 1, reason: "Saisie en double"))
        #expect(throws: LedgerError.alreadyReversed(1, by: 2)) {
            try transfer.reversal(reason: "encore", alreadyReversedBy: 2, id: 3, at: Self.now)
        }
        #expect(throws: LedgerError.reversalOfReversal(2)) {
            try reversal.reversal(reason: "retour", alreadyReversedBy: nil, id: 3, at: Self.now)
        }
        #expect(throws: LedgerError.reasonRequired) {
            try transfer.reversal(reason: " \n", alreadyReversedBy: nil, id: 3, at: Self.now)
        }
        #expect(throws: LedgerError.reasonTooLong(501)) {
            try transfer.reversal(
                reason: String(repeating: "x", count: 501), alreadyReversedBy: nil, id: 3, at: Self.now)
        }
    }

    /// A sound ledger of two transfers and one reversal.
    static func soundLedger() throws -> LedgerVerifier {
        let first = try #require(
            LedgerTransfer.forTimeReport(
                1, minutes: 60, beneficiary: 1, employer: 2,
                rate: .standard, id: 1, at: now))
        let second = try #require(
            LedgerTransfer.forTimeReport(
                2, minutes: 30, beneficiary: 3, employer: 2,
                rate: .standard, id: 2, at: now))
        let reversal = try second.reversal(reason: "erreur", alreadyReversedBy: nil, id: 3, at: now)
        var movements: [LedgerMovement] = []
        var balances: [AdministrationID: CreditAmount] = [:]
        for transfer in [first, second, reversal] {
            for leg in transfer.legs {
                let balance = balances[leg.account, default: .zero] + leg.amount
                balances[leg.account] = balance
                movements.append(
                    LedgerMovement(
                        id: Int64(movements.count + 1), transferID: transfer.id,
                        account: leg.account, amount: leg.amount, balanceAfter: balance,
                        at: now))
            }
        }
        let accounts = balances.map { LedgerAccount(administrationID: $0.key, balance: $0.value, floor: nil) }
        return LedgerVerifier(accounts: accounts, transfers: [first, second, reversal], movements: movements)
    }

    @Test("a sound ledger has no discrepancy")
    func soundLedgerVerifies() throws {
        let ledger = try Self.soundLedger()
        #expect(ledger.discrepancies().isEmpty)
        #expect(ledger.accounts.map(\.balance).sum() == .zero)
    }

    @Test("an edited movement breaks its transfer, the balances and the zero sum")
    func editedMovement() throws {
        let ledger = try Self.soundLedger()
        var movements = ledger.movements
        movements[0].amount = CreditAmount(units: -61)
        let found = LedgerVerifier(accounts: ledger.accounts, transfers: ledger.transfers, movements: movements)
            .discrepancies()
        #expect(
            found.contains(
                .unbalancedTransfer(
                    transferID: 1, expected: CreditAmount(units: 60),
                    movements: [CreditAmount(units: -61), CreditAmount(units: 60)])))
        #expect(found.contains(.nonZeroMovementSum(CreditAmount(units: -1))))
        #expect(found.contains { if case .balanceMismatch(1, _, _) = $0 { true } else { false } })
        #expect(found.contains { if case .runningBalanceMismatch(1, 1, _, _) = $0 { true } else { false } })
    }

    @Test("an edited balance, a second reversal and a deleted movement are each named")
    func otherCorruptions() throws {
        let ledger = try Self.soundLedger()
        var accounts = ledger.accounts
        accounts[0].balance = accounts[0].balance + CreditAmount(units: 5)
        let edited = LedgerVerifier(accounts: accounts, transfers: ledger.transfers, movements: ledger.movements)
        #expect(edited.discrepancies().contains(.nonZeroBalanceSum(CreditAmount(units: 5))))

        var transfers = ledger.transfers
        var twice = transfers[2]
        twice.id = 4
        transfers.append(twice)
        let reversedTwice = LedgerVerifier(accounts: ledger.accounts, transfers: transfers, movements: ledger.movements)
        #expect(reversedTwice.discrepancies().contains(.reversedTwice(transferID: 2, by: [3, 4])))

        let missing = LedgerVerifier(
            accounts: ledger.accounts, transfers: ledger.transfers,
            movements: Array(ledger.movements.dropLast()))
        #expect(
            missing.discrepancies().contains {
                if case .unbalancedTransfer(3, _, _) = $0 { true } else { false }
            })
        #expect(missing.discrepancies().map(\.description).contains { $0.contains("zero sum broken") })
    }
}
