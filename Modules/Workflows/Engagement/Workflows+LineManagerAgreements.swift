public import Domain

extension Workflows {
    /// The agreements the caller signs as line manager of the agent — those awaiting their
    /// signature first, then the others, newest first — optionally only those in `state`, one
    /// page of ``SupervisedAgreementPage/size`` at a time (a page past the last is the last).
    /// The command line reads every agreement that names a line manager.
    /// - Throws: ``AccessError`` for a user who is not a line manager.
    public func agreementsForLineManager(
        state: SupervisedAgreementState? = nil, page: Int = 1,
        by caller: Caller
    ) throws -> SupervisedAgreementPage {
        try caller.require(.lineManager, to: "list the agents they sign for")
        let signedFor = try agreements(by: caller).filter { view in
            guard let lineManager = view.agreement.parties.lineManagerID else { return false }
            return caller.user.map { $0.id == lineManager } ?? true
        }
        let stated = signedFor.reversed().map { (view: $0, state: SupervisedAgreementState($0)) }
            .filter { state == nil || $0.state == state }
        let ordered = stated.filter { $0.state == .toSign } + stated.filter { $0.state != .toSign }
        let size = SupervisedAgreementPage.size
        let pageCount = max(1, (ordered.count + size - 1) / size)
        let number = min(max(1, page), pageCount)
        let items = Array(ordered.dropFirst((number - 1) * size).prefix(size))
        return SupervisedAgreementPage(items: items, page: number, pageCount: pageCount, total: ordered.count)
    }
}
