public import Domain

extension Workflows {
    /// One page of the applications to the missions the caller owns (every mission's, for the
    /// operator) matching `search`, oldest due first: what the owner's space lists to answer.
    /// A talent's own applications are not in it (``applications(matching:by:)`` has both).
    /// - Throws: ``AccessError`` without the role mission owner or operator; ``ApplicationSearchError``.
    public func applicationsToAnswer(matching search: ApplicationSearch, by caller: Caller) throws -> ApplicationPage {
        try caller.require(.missionOwner, .operator, to: "answer applications")
        let page = try applications(matching: search, by: caller)
        // The applicant is named to the mission's owner and the operator only: those are theirs to answer.
        return ApplicationPage(items: page.items.filter { $0.applicant != nil }, nextCursor: page.nextCursor)
    }
}
