import Domain
public import Gamification
public import Persistence

extension ProgrammeKPIs {
    /// Credit balances now, by administration acronym (the period does not apply: a balance is a
    /// current state), read from the ledger's movements.
    public func creditBalances() throws -> [ReportingQueries.CreditBalance] {
        try queries.creditBalances().sorted { $0.administration < $1.administration }
    }

    /// Distinctions awarded in the period, for every code of the catalogue (0 included), in catalogue order.
    public func distinctions() throws -> [(code: DistinctionCode, count: Int)] {
        let counts = try queries.distinctionCounts(awardedIn: period)
        return DistinctionCode.allCases.map { ($0, counts[$0] ?? 0) }
    }

    /// Diplomas issued in the period, valid and revoked.
    public func diplomas() throws -> (valid: Int, revoked: Int) {
        try queries.diplomaCounts(issuedIn: period)
    }
}
