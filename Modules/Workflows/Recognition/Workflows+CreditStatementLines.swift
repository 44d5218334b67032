public import Domain
public import Gamification
import Notifications
import Persistence

extension Workflows {
    /// A line of an account's statement as a person reads it: the movement, the day it was
    /// posted (Paris time) and the administration on the other side.
    public struct CreditStatementEntry: Sendable {
        /// The statement line (movement, transfer's reason).
        public let line: LedgerStatementLine
        /// The day it was posted, in Paris time.
        public let day: LocalDate
        /// The administration on the other side of the transfer.
        public let counterpart: Administration
    }

    /// Every line of the statement of `administrationID` posted from `from` to `until` (Paris
    /// days, each bound optional), newest first (same access as ``creditAccount(_:by:)``). The
    /// page shows a slice of it, the download all of it.
    /// - Throws: ``NotFoundError``, ``AccessError``.
    public func creditStatementLines(
        _ administrationID: AdministrationID, from: LocalDate?, until: LocalDate?,
        by caller: Caller
    ) throws -> [CreditStatementEntry] {
        try database.read { connection in
            try requireLedgerAccess(administrationID, by: caller, in: connection)
            let administrations = AdministrationStore(connection)
            var names: [AdministrationID: Administration] = [:]
            var entries: [CreditStatementEntry] = []
            for line in try LedgerStore(connection).statement(of: administrationID, before: nil, limit: Int.max) {
                let day = FrenchDate.day(of: line.movement.at)
                if let from, day < from { continue }
                if let until, day > until { continue }
                if names[line.counterpart] == nil {
                    names[line.counterpart] = try administrations.find(line.counterpart)
                }
                guard let counterpart = names[line.counterpart] else {
                    preconditionFailure("administration \(line.counterpart) of the ledger vanished")
                }
                entries.append(CreditStatementEntry(line: line, day: day, counterpart: counterpart))
            }
            return entries
        }
    }
}
