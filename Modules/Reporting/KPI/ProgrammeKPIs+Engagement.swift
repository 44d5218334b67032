import Persistence

extension ProgrammeKPIs {
    /// Agreements created, mission orders issued and time reports validated in the period.
    public func engagement() throws -> EngagementFigures {
        EngagementFigures(
            agreements: try queries.agreementCounts(createdIn: period),
            signedAgreements: try queries.signedAgreementCount(createdIn: period),
            missionOrders: try queries.missionOrderCounts(issuedIn: period),
            validatedTime: try queries.validatedTime(decidedIn: period))
    }
}
