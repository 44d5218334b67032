public import Gamification
public import Persistence

/// Credits, distinctions and diplomas, read from the ledger and recognition tables themselves.
public struct RecognitionFigures: Sendable {
    /// Each administration's balance (the sum of its movements), sorted by acronym.
    public var balances: [ReportingQueries.CreditBalance]
    /// Distinctions awarded, for every code of the catalogue.
    public var distinctions: [(code: DistinctionCode, count: Int)]
    /// Diplomas issued, valid and revoked.
    public var diplomas: (valid: Int, revoked: Int)

    /// Creates the figures.
    public init(
        balances: [ReportingQueries.CreditBalance], distinctions: [(code: DistinctionCode, count: Int)],
        diplomas: (valid: Int, revoked: Int)
    ) {
        self.balances = balances
        self.distinctions = distinctions
        self.diplomas = diplomas
    }

    /// The sum of every balance: zero in a sound double-entry ledger.
    public var imbalance: CreditAmount {
        CreditAmount(units: balances.map(\.balance.units).reduce(0, +))
    }
}

extension ProgrammeKPIs {
    /// Credits, distinctions and diplomas.
    public func recognition() throws -> RecognitionFigures {
        RecognitionFigures(balances: try creditBalances(), distinctions: try distinctions(), diplomas: try diplomas())
    }
}
