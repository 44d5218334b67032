import Dispatch
import Domain
import Foundation
import Gamification
import Persistence
import Support
import Synchronization
import Testing

@testable import Workflows

@Suite("Credit ledger")
struct LedgerWorkflowTests {
    /// Validates a new report of `minutes` on `agreement` and posts it, in one transaction.
    static func validate(_ world: RecognitionWorld, _ agreement: Int64, minutes: Int) throws -> LedgerTransfer? {
        try world.database.write { connection in
            let report = try world.report(on: agreement, minutes: minutes, at: world.clock.now, in: connection)
            return try Recognition.timeReportValidated(
                timeReportID: report, in: connection, at: world.clock.now,
                rules: world.rules)
        }
    }

    @Test("a validated report moves minutes × rate from the beneficiary to the employer, once")
    func onePostingPerReport() throws {
        try RecognitionWorld.with { world in
            let agreement = try world.database.write {
                try world.agreement(world.camilleTalent, for: world.ministryB, owner: world.ownerB, in: $0)
            }
            let transfer = try #require(try Self.validate(world, agreement, minutes: 90))
            #expect(transfer.from == world.ministryB.id && transfer.to == world.directorateA.id)
            #expect(transfer.amount == CreditAmount(units: 90))
            // Called again for the same report: the same transfer, nothing posted.
            let again = try world.database.write {
                try Recognition.timeReportValidated(
                    timeReportID: try #require(transfer.timeReportID), in: $0,
                    at: world.clock.now, rules: world.rules)
            }
            #expect(again == transfer)
            #expect(try world.count("credit_transfers") == 1 && world.count("credit_movements") == 2)
            #expect(try world.balance(world.ministryB) == -90 && world.balance(world.directorateA) == 90)
            #expect(try world.workflows.verifyLedger().isEmpty)
        }
    }

    @Test(
        "the rate is configurable; an unvalidated report earns nothing; an agent helping their own administration moves nothing"
    )
    func rateAndRefusals() throws {
        try RecognitionWorld.with(rate: CreditRate(creditsPerHour: 2)) { world in
            let (agreement, own) = try world.database.write {
                (
                    try world.agreement(world.camilleTalent, for: world.ministryB, owner: world.ownerB, in: $0),
                    try world.agreement(world.dominiqueTalent, for: world.ministryB, owner: world.ownerB, in: $0)
                )
            }
            #expect(try Self.validate(world, agreement, minutes: 45)?.amount == CreditAmount(units: 90))
            #expect(try Self.validate(world, own, minutes: 45) == nil)
            #expect(throws: RecognitionError.timeReportNotValidated(3)) {
                try world.database.write { connection in
                    let report = try world.report(
                        on: agreement, minutes: 30, validated: false, at: world.clock.now,
                        in: connection)
                    try Recognition.timeReportValidated(
                        timeReportID: report, in: connection, at: world.clock.now,
                        rules: world.rules)
                }
            }
            #expect(throws: NotFoundError("time-report", key: "999")) {
                try world.database.write {
                    try Recognition.timeReportValidated(
                        timeReportID: 999, in: $0, at: world.clock.now, rules: world.rules)
                }
            }
            #expect(try world.count("credit_transfers") == 1)
        }
    }

    @Test("random validations and reversals keep the zero sum and every balance equal to its movements")
    func propertyOfRandomSequences() throws {
        for seed: UInt64 in [1, 7, 2026] {
            try RecognitionWorld.with { world in
                var random = SplitMix64(seed: seed)
                let talents = [world.camilleTalent, world.dominiqueTalent]
                let beneficiaries = [
                    (world.ministryA, world.ownerB), (world.ministryB, world.ownerB),
                    (world.ministryC, world.ownerC), (world.directorateA, world.ownerC)
                ]
                let agreements = try world.database.write { connection in
                    try (0..<6).map { index in
                        let (administration, owner) = beneficiaries[index % beneficiaries.count]
                        return try world.agreement(
                            talents[index % 2], for: administration, owner: owner, in: connection)
                    }
                }
                var transfers: [Int64] = []
                for _ in 0..<120 {
                    world.clock.advance(minutes: 1)
                    if random.chance(30), !transfers.isEmpty {
                        let target = random.element(of: transfers)
                        do {
                            let reversal = try world.workflows.reverseCreditTransfer(
                                target, reason: "Correction",
                                by: .commandLine)
                            transfers.append(reversal.id)
                        } catch let error as LedgerError {
                            // Reversing twice, or reversing a reversal, is refused and changes nothing.
                            #expect(error.kind == .conflict)
                        }
                    } else if let transfer = try Self.validate(
                        world, random.element(of: agreements),
                        minutes: random.int(in: 1...600))
                    {
                        transfers.append(transfer.id)
                    }
                    #expect(try world.workflows.verifyLedger() == [], "seed \(seed)")
                }
                let accounts = try world.workflows.creditAccounts()
                #expect(accounts.map(\.balance).sum() == .zero)
                let sums = try world.database.read { connection in
                    try connection.query("SELECT account, sum(amount) FROM credit_movements GROUP BY account") {
                        (try $0.decode(0, as: AdministrationID.self), try $0.int64(1))
                    }
                }
                #expect(
                    Dictionary(uniqueKeysWithValues: sums)
                        == Dictionary(
                            uniqueKeysWithValues: accounts.map {
                                ($0.administrationID, $0.balance.units)
                            }))
            }
        }
    }

    @Test("concurrent validations from separate connections never break the ledger, and a report posts once")
    func concurrentValidations() throws {
        try RecognitionWorld.with { world in
            let agreements = try world.database.write { connection in
                try [world.ministryB, world.ministryC, world.ministryA].map {
                    try world.agreement(world.camilleTalent, for: $0, owner: world.ownerB, in: connection)
                }
            }
            // Reports written first; the validations race, each writer on its own connection.
            let reports = try world.database.write { connection in
                try (0..<40).map { index in
                    try world.report(
                        on: agreements[index % 3], minutes: 15 + index, at: world.clock.now, in: connection)
                }
            }
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                do {
                    let pool = try DatabasePool(path: world.path)
                    // Every worker posts every report: each report must end up with one transfer.
                    for report in reports.shuffled() {
                        try pool.write {
                            try Recognition.timeReportValidated(
                                timeReportID: report, in: $0, at: world.clock.now,
                                rules: world.rules)
                        }
                    }
                } catch {
                    failures.withLock { $0.append("worker \(worker): \(error)") }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty)
            #expect(try world.count("credit_transfers") == 40 && world.count("credit_movements") == 80)
            #expect(try world.workflows.verifyLedger().isEmpty)
            #expect(try world.balance(world.directorateA) == Int64((0..<40).map { 15 + $0 }.reduce(0, +)))
        }
    }

    @Test("entries are append-only, and a hand-edited entry is reported by the verification")
    func appendOnlyAndVerification() throws {
        try RecognitionWorld.with { world in
            let agreement = try world.database.write {
                try world.agreement(world.camilleTalent, for: world.ministryB, owner: world.ownerB, in: $0)
            }
            _ = try Self.validate(world, agreement, minutes: 60)
            for statement in [
                "UPDATE credit_movements SET amount = 1", "DELETE FROM credit_transfers",
                "UPDATE credit_transfers SET amount = 1", "DELETE FROM credit_movements"
            ] {
                let error = #expect(throws: SQLiteError.self) { try world.database.write { try $0.run(statement) } }
                #expect(error?.message.contains("append-only") == true, "\(statement)")
            }
            try world.database.write { connection in
                try connection.execute(
                    """
                    DROP TRIGGER credit_movements_no_update;
                    UPDATE credit_movements SET amount = 75 WHERE amount = 60;
                    """)
            }
            let found = try world.workflows.verifyLedger()
            #expect(found.contains { if case .unbalancedTransfer(1, _, _) = $0 { true } else { false } })
            #expect(found.contains(.nonZeroMovementSum(CreditAmount(units: 15))))
        }
    }

    @Test("a reversal names its transfer, happens once, and only the operator may ask for it")
    func reversals() throws {
        try RecognitionWorld.with { world in
            let agreement = try world.database.write {
                try world.agreement(world.camilleTalent, for: world.ministryB, owner: world.ownerB, in: $0)
            }
            let transfer = try #require(try Self.validate(world, agreement, minutes: 60))
            #expect(throws: AccessError.self) {
                try world.workflows.reverseCreditTransfer(transfer.id, reason: "Erreur", by: .user(world.referentA))
            }
            let reversal = try world.workflows.reverseCreditTransfer(
                transfer.id, reason: "Erreur de saisie",
                by: .user(world.operatorUser))
            #expect(reversal.reversedTransferID == transfer.id && reversal.from == transfer.to)
            #expect(throws: LedgerError.alreadyReversed(transfer.id, by: reversal.id)) {
                try world.workflows.reverseCreditTransfer(transfer.id, reason: "Encore", by: .commandLine)
            }
            #expect(throws: LedgerError.reversalOfReversal(reversal.id)) {
                try world.workflows.reverseCreditTransfer(reversal.id, reason: "Retour", by: .commandLine)
            }
            #expect(throws: LedgerError.transferNotFound(99)) {
                try world.workflows.reverseCreditTransfer(99, reason: "?", by: .commandLine)
            }
            #expect(try world.balance(world.ministryB) == 0 && world.balance(world.directorateA) == 0)
        }
    }

    @Test("the account is its referents' (or an ancestor's) and the operator's; the statement pages; the floor flags")
    func accountAccessStatementAndFloor() throws {
        try RecognitionWorld.with { world in
            let agreement = try world.database.write {
                try world.agreement(world.camilleTalent, for: world.ministryB, owner: world.ownerB, in: $0)
            }
            for minutes in 1...5 { _ = try Self.validate(world, agreement, minutes: minutes * 10) }
            // The referent of the ministry above the directorate sees the directorate's account.
            let account = try world.workflows.creditAccount(world.directorateA.id, by: .user(world.referentA))
            #expect(account.balance == CreditAmount(units: 150) && !account.isBelowFloor)
            #expect(throws: AccessError.self) {
                try world.workflows.creditAccount(world.directorateA.id, by: .user(world.referentB))
            }
            #expect(throws: AccessError.self) {
                try world.workflows.creditAccount(world.ministryB.id, by: .user(world.camille))
            }
            #expect(throws: NotFoundError.self) {
                try world.workflows.creditAccount(999, by: .user(world.operatorUser))
            }
            #expect(
                try world.workflows.creditAccount(world.ministryC.id, by: .user(world.operatorUser)).balance == .zero)

            let first = try world.workflows.creditStatement(
                world.ministryB.id, cursor: nil, limit: 3, by: .user(world.referentB))
            #expect(first.lines.map(\.movement.amount.units) == [-50, -40, -30])
            #expect(first.lines.map(\.movement.balanceAfter.units) == [-150, -100, -60])
            #expect(first.lines.allSatisfy { $0.counterpart == world.directorateA.id && $0.timeReportID != nil })
            let second = try world.workflows.creditStatement(
                world.ministryB.id, cursor: first.nextCursor, limit: 3,
                by: .user(world.referentB))
            #expect(second.lines.map(\.movement.amount.units) == [-20, -10] && second.nextCursor == nil)
            #expect(throws: LedgerQueryError.invalidCursor) {
                try world.workflows.creditStatement(world.ministryB.id, cursor: "nope", limit: nil, by: .commandLine)
            }
            #expect(throws: LedgerQueryError.invalidLimit("0")) {
                try world.workflows.creditStatement(world.ministryB.id, cursor: nil, limit: 0, by: .commandLine)
            }

            try world.workflows.setCreditFloor(CreditAmount(credits: -2), of: world.ministryB.id, by: .commandLine)
            #expect(try world.workflows.creditAccount(world.ministryB.id, by: .commandLine).isBelowFloor)
            // A floor flags and never blocks: the next validation still posts.
            #expect(try Self.validate(world, agreement, minutes: 30) != nil)
            #expect(try world.workflows.verifyLedger().isEmpty)
        }
    }
}
