public import Domain

/// A movement of credits from one administration's account to another's: posted once per
/// validated time report, or as the reversal of an earlier transfer. Never edited: a mistake is
/// corrected by a reversing transfer that names the one it cancels.
public struct LedgerTransfer: Hashable, Sendable {
    /// Why credits moved.
    public enum Cause: Hashable, Sendable {
        /// A validated time report of `minutes`, at the rate then in force.
        case timeReport(id: Int64, minutes: Int, rate: CreditRate)
        /// The cancellation of transfer `transferID`, with the reason given.
        case reversal(of: Int64, reason: String)
    }

    /// The sequence number.
    public var id: Int64
    /// The paying account: the beneficiary administration for hours, the receiver of the reversed transfer for a reversal.
    public var from: AdministrationID
    /// The receiving account.
    public var to: AdministrationID
    /// The amount moved, always positive.
    public var amount: CreditAmount
    /// Why credits moved.
    public var cause: Cause
    /// When it was posted.
    public var at: Instant

    /// A transfer as stored.
    public init(
        id: Int64, from: AdministrationID, to: AdministrationID, amount: CreditAmount, cause: Cause,
        at: Instant
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.amount = amount
        self.cause = cause
        self.at = at
    }

    /// The transfer `minutes` of validated work post from the beneficiary to the employer, or nil
    /// when both are the same administration (an agent helping their own administration moves no credit).
    public static func forTimeReport(
        _ timeReportID: Int64, minutes: Int, beneficiary: AdministrationID,
        employer: AdministrationID, rate: CreditRate, id: Int64,
        at: Instant
    ) -> LedgerTransfer? {
        precondition(minutes > 0, "a validated time report has at least one minute")
        guard beneficiary != employer else { return nil }
        return LedgerTransfer(
            id: id, from: beneficiary, to: employer, amount: rate.amount(minutes: minutes),
            cause: .timeReport(id: timeReportID, minutes: minutes, rate: rate), at: at)
    }

    /// The transfer that cancels this one: same amount, accounts swapped.
    /// - Throws: ``LedgerError`` when this transfer is itself a reversal, was already reversed
    ///   (`alreadyReversedBy`), or the reason is empty or too long.
    public func reversal(reason: String, alreadyReversedBy: Int64?, id: Int64, at: Instant) throws -> LedgerTransfer {
        if case .reversal = cause { throw LedgerError.reversalOfReversal(self.id) }
        if let existing = alreadyReversedBy { throw LedgerError.alreadyReversed(self.id, by: existing) }
        let reason = reason.trimmingWhitespace()
        guard !reason.isEmpty else { throw LedgerError.reasonRequired }
        guard reason.count <= LedgerError.maximumReasonLength else { throw LedgerError.reasonTooLong(reason.count) }
        return LedgerTransfer(
            id: id, from: to, to: from, amount: amount, cause: .reversal(of: self.id, reason: reason),
            at: at)
    }

    /// The two movements' accounts and signed amounts: the payer debited, the receiver credited.
    public var legs: [(account: AdministrationID, amount: CreditAmount)] {
        [(from, -amount), (to, amount)]
    }

    /// The transfer this one reverses, if it is a reversal.
    public var reversedTransferID: Int64? {
        if case .reversal(let id, _) = cause { id } else { nil }
    }

    /// The time report this transfer pays for, if any.
    public var timeReportID: Int64? {
        if case .timeReport(let id, _, _) = cause { id } else { nil }
    }
}
