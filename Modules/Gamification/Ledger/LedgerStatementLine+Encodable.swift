import Domain

/// A statement line as the API (schema `CreditStatementLine`) and `talents-admin ledger statement
/// --json` print it: the movement's fields flattened beside the transfer's context.
extension LedgerStatementLine: Encodable {
    private enum CodingKeys: String, CodingKey {
        case movementID, transferID, at, amount, balanceAfter, counterpartID, timeReportID, reversesTransferID, reason
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(movement.id, forKey: .movementID)
        try container.encode(movement.transferID, forKey: .transferID)
        try container.encode(movement.at.rfc3339, forKey: .at)
        try container.encode(movement.amount, forKey: .amount)
        try container.encode(movement.balanceAfter, forKey: .balanceAfter)
        try container.encode(counterpart, forKey: .counterpartID)
        // Left out when absent, as synthesized encoders do.
        try container.encodeIfPresent(timeReportID, forKey: .timeReportID)
        try container.encodeIfPresent(reversedTransferID, forKey: .reversesTransferID)
        try container.encodeIfPresent(reason, forKey: .reason)
    }
}
