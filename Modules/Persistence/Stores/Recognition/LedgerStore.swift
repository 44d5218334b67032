public import Domain
public import Gamification

/// The credit ledger (`credit_accounts`, `credit_transfers`, `credit_movements`): posts transfers
/// as two movements in the caller's transaction, keeps each account's balance with them, and
/// reads statements. Transfers and movements are append-only (SQLite triggers refuse edits).
public struct LedgerStore {
    let connection: Connection

    /// The ledger seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Posts the transfer of a validated time report from the beneficiary to the employer, once:
    /// the transfer already posted for the report is returned unchanged; nil when both
    /// administrations are the same (no credit moves). Audit event `credit.transferred`.
    public func postTimeReport(
        _ timeReportID: Int64, minutes: Int, beneficiary: AdministrationID,
        employer: AdministrationID, rate: CreditRate, by actor: Actor,
        at instant: Instant
    ) throws -> LedgerTransfer? {
        if let existing = try transfer(timeReportID: timeReportID) { return existing }
        guard
            let transfer = LedgerTransfer.forTimeReport(
                timeReportID, minutes: minutes, beneficiary: beneficiary,
                employer: employer, rate: rate,
                id: try nextTransferID(), at: instant)
        else { return nil }
        try post(transfer, by: actor)
        try AuditLog(connection).append(
            AuditEvent(
                action: "credit.transferred", subjectType: "credit-transfer", subjectID: transfer.id, actor: actor,
                at: instant,
                details: [
                    "timeReportID": String(timeReportID), "from": String(beneficiary.rawValue),
                    "to": String(employer.rawValue), "units": String(transfer.amount.units)
                ]))
        return transfer
    }

    /// Posts the reversal of transfer `id` with `reason`; audit event `credit.reversed`.
    /// - Throws: ``LedgerError`` (unknown transfer, a reversal, already reversed, reason).
    public func reverse(_ id: Int64, reason: String, by actor: Actor, at instant: Instant) throws -> LedgerTransfer {
        guard let original = try transfer(id) else { throw LedgerError.transferNotFound(id) }
        let reversal = try original.reversal(
            reason: reason, alreadyReversedBy: try reversal(of: id),
            id: try nextTransferID(), at: instant)
        try post(reversal, by: actor)
        try AuditLog(connection).append(
            AuditEvent(
                action: "credit.reversed", subjectType: "credit-transfer", subjectID: reversal.id, actor: actor,
                at: instant, details: ["reverses": String(id), "units": String(reversal.amount.units)]))
        return reversal
    }

    /// Sets or clears the floor of `administrationID`'s account (opened if needed); audit event
    /// `credit.floor-set`.
    public func setFloor(
        _ floor: CreditAmount?, of administrationID: AdministrationID, by actor: Actor,
        at instant: Instant
    ) throws {
        try openAccount(administrationID, at: instant)
        try connection.run(
            "UPDATE credit_accounts SET floor = ? WHERE administration_id = ?",
            floor?.units, administrationID)
        try AuditLog(connection).append(
            AuditEvent(
                action: "credit.floor-set", subjectType: "administration", subjectID: administrationID.rawValue,
                actor: actor, at: instant, details: ["floor": floor.map { String($0.units) } ?? ""]))
    }

    // MARK: Reading

    /// The transfer numbered `id`, or nil.
    public func transfer(_ id: Int64) throws -> LedgerTransfer? {
        try connection.queryOne("\(Self.selectTransfer) WHERE id = ?", id, map: Self.transfer)
    }

    /// The transfer posted for time report `timeReportID`, or nil.
    public func transfer(timeReportID: Int64) throws -> LedgerTransfer? {
        try connection.queryOne("\(Self.selectTransfer) WHERE time_report_id = ?", timeReportID, map: Self.transfer)
    }

    /// The number of the transfer that reversed transfer `id`, or nil.
    public func reversal(of id: Int64) throws -> Int64? {
        try connection.scalar("SELECT id FROM credit_transfers WHERE reverses_id = ?", id, as: Int64.self)
    }

    /// The account of `administrationID`, or nil when nothing was ever posted to it.
    public func account(_ administrationID: AdministrationID) throws -> LedgerAccount? {
        try connection.queryOne(
            "\(Self.selectAccount) WHERE administration_id = ?", administrationID, map: Self.account)
    }

    /// Every account, by administration.
    public func accounts() throws -> [LedgerAccount] {
        try connection.query("\(Self.selectAccount) ORDER BY administration_id", map: Self.account)
    }

    /// Up to `limit` lines of the statement of `administrationID`, newest first, before movement
    /// `before` when given (the cursor of the previous page).
    public func statement(of administrationID: AdministrationID, before: Int64?, limit: Int) throws
        -> [LedgerStatementLine]
    {
        try connection.query(
            """
            SELECT m.id, m.transfer_id, m.account, m.amount, m.balance_after, m.created_at,
                   CASE WHEN m.amount < 0 THEN t.to_account ELSE t.from_account END,
                   t.time_report_id, t.reverses_id, t.reason
            FROM credit_movements m JOIN credit_transfers t ON t.id = m.transfer_id
            WHERE m.account = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?
            """, administrationID, before ?? Int64.max, limit
        ) { row in
            LedgerStatementLine(
                movement: LedgerMovement(
                    id: try row.int64(0), transferID: try row.int64(1), account: try row.decode(2),
                    amount: CreditAmount(units: try row.int64(3)),
                    balanceAfter: CreditAmount(units: try row.int64(4)), at: try row.decode(5)),
                counterpart: try row.decode(6), timeReportID: try row.optionalInt64(7),
                reversedTransferID: try row.optionalInt64(8), reason: try row.optionalString(9))
        }
    }

    /// The whole ledger, to verify it (read in one transaction, so it is one consistent snapshot).
    public func verifier() throws -> LedgerVerifier {
        let movements = try connection.query(
            """
            SELECT id, transfer_id, account, amount, balance_after, created_at FROM credit_movements ORDER BY id
            """
        ) { row in
            LedgerMovement(
                id: try row.int64(0), transferID: try row.int64(1), account: try row.decode(2),
                amount: CreditAmount(units: try row.int64(3)),
                balanceAfter: CreditAmount(units: try row.int64(4)), at: try row.decode(5))
        }
        return LedgerVerifier(
            accounts: try accounts(),
            transfers: try connection.query("\(Self.selectTransfer) ORDER BY id", map: Self.transfer),
            movements: movements)
    }

    // MARK: Posting

    /// Writes `transfer` and its two movements, each with the account's new balance.
    private func post(_ transfer: LedgerTransfer, by actor: Actor) throws {
        precondition(connection.isInTransaction, "a transfer is posted inside the write transaction")
        try openAccount(transfer.from, at: transfer.at)
        try openAccount(transfer.to, at: transfer.at)
        var timeReport: (id: Int64, minutes: Int, rate: Int)?
        var reversal: (id: Int64, reason: String)?
        switch transfer.cause {
        case .timeReport(let id, let minutes, let rate): timeReport = (id, minutes, rate.creditsPerHour)
        case .reversal(let id, let reason): reversal = (id, reason)
        }
        try connection.run(
            """
            INSERT INTO credit_transfers(id, from_account, to_account, amount, time_report_id, minutes,
                credits_per_hour, reverses_id, reason, actor, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, transfer.id, transfer.from, transfer.to, transfer.amount.units, timeReport?.id, timeReport?.minutes,
            timeReport?.rate, reversal?.id, reversal?.reason, actor.description, transfer.at)
        for leg in transfer.legs {
            let balance =
                try connection.scalar(
                    "SELECT balance FROM credit_accounts WHERE administration_id = ?",
                    leg.account, as: Int64.self) ?? 0
            let after = balance + leg.amount.units
            try connection.run(
                """
                INSERT INTO credit_movements(transfer_id, account, amount, balance_after, created_at) VALUES (?, ?, ?, ?, ?)
                """, transfer.id, leg.account, leg.amount.units, after, transfer.at)
            try connection.run("UPDATE credit_accounts SET balance = ? WHERE administration_id = ?", after, leg.account)
        }
    }

    private func openAccount(_ administrationID: AdministrationID, at instant: Instant) throws {
        try connection.run(
            "INSERT OR IGNORE INTO credit_accounts(administration_id, opened_at) VALUES (?, ?)",
            administrationID, instant)
    }

    private func nextTransferID() throws -> Int64 {
        try connection.scalar("SELECT coalesce(max(id), 0) + 1 FROM credit_transfers", as: Int64.self) ?? 1
    }

    private static let selectAccount = "SELECT administration_id, balance, floor FROM credit_accounts"

    private static func account(_ row: Row) throws -> LedgerAccount {
        LedgerAccount(
            administrationID: try row.decode(0), balance: CreditAmount(units: try row.int64(1)),
            floor: try row.optionalInt64(2).map(CreditAmount.init(units:)))
    }

    private static let selectTransfer = """
        SELECT id, from_account, to_account, amount, time_report_id, minutes, credits_per_hour, reverses_id, reason,
               created_at FROM credit_transfers
        """

    private static func transfer(_ row: Row) throws -> LedgerTransfer {
        let cause: LedgerTransfer.Cause
        if let timeReport = try row.optionalInt64(4) {
            let stored = try row.int(6)
            guard let rate = CreditRate(parsing: String(stored)) else {
                throw SQLiteError.mismatch("credits_per_hour holds \(stored), which is not a credit rate", sql: nil)
            }
            cause = .timeReport(id: timeReport, minutes: try row.int(5), rate: rate)
        } else {
            cause = .reversal(of: try row.int64(7), reason: try row.string(8))
        }
        return LedgerTransfer(
            id: try row.int64(0), from: try row.decode(1), to: try row.decode(2),
            amount: CreditAmount(units: try row.int64(3)), cause: cause, at: try row.decode(9))
    }
}
