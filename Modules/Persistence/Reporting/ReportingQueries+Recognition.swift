import Domain
public import Gamification

extension ReportingQueries {
    /// The credit balance of one administration's account.
    public struct CreditBalance: Sendable, Hashable {
        /// The administration's acronym.
        public var administration: String
        /// The balance: the sum of the account's movements (the ledger itself, not a copy).
        public var balance: CreditAmount

        /// Creates a balance.
        public init(administration: String, balance: CreditAmount) {
            self.administration = administration
            self.balance = balance
        }
    }

    /// The balance of every account that has movements, summed from `credit_movements`.
    public func creditBalances() throws -> [CreditBalance] {
        try connection.query(
            """
            SELECT administrations.acronym, sum(credit_movements.amount) FROM credit_movements
                JOIN administrations ON administrations.id = credit_movements.account
            GROUP BY credit_movements.account
            """
        ) { row in
            CreditBalance(administration: try row.string(0), balance: CreditAmount(units: try row.int64(1)))
        }
    }

    /// Distinctions awarded in `period`, by code (codes never awarded left out).
    public func distinctionCounts(awardedIn period: ReportingPeriod = .always) throws -> [DistinctionCode: Int] {
        Dictionary(
            uniqueKeysWithValues: try connection.query(
                """
                SELECT code, count(*) FROM distinctions WHERE \(Self.period("awarded_at", parameter: 1)) GROUP BY code
                """, period.from, period.until
            ) { row in (try row.code(0, as: DistinctionCode.self), try row.int(1)) })
    }

    /// Diplomas issued in `period`: how many are valid and how many were revoked since.
    public func diplomaCounts(issuedIn period: ReportingPeriod = .always) throws -> (valid: Int, revoked: Int) {
        try connection.queryOne(
            """
            SELECT count(*) FILTER (WHERE revoked_at IS NULL), count(*) FILTER (WHERE revoked_at IS NOT NULL)
            FROM badge_assertions WHERE \(Self.period("issued_at", parameter: 1))
            """, period.from, period.until
        ) { row in (try row.int(0), try row.int(1)) } ?? (0, 0)
    }
}
