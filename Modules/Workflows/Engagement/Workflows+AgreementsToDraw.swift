import Domain
import Persistence

extension Workflows {
    /// The accepted applications still without an agreement whose agreement the caller draws up —
    /// those to the missions they own; every one for the operator and the command line — oldest
    /// due first, with the applicant's contact.
    /// - Throws: ``AccessError`` without the role mission owner or operator.
    public func applicationsAwaitingAgreement(by caller: Caller) throws -> [ApplicationView] {
        try requireActingOwner(caller, to: "draw up an agreement")
        let scope = caller.user.map(ApplicationScope.of) ?? .all
        let now = clock.now
        return try database.read { connection in
            let applications = ApplicationStore(connection)
            let agreements = AgreementStore(connection)
            let search = ApplicationSearch(statuses: [.accepted])
            var awaiting: [ApplicationView] = []
            var after: ApplicationSearchPosition?
            let pageSize = 200
            while true {
                let page = try applications.list(search, in: scope, now: now, after: after, limit: pageSize)
                for listed in page {
                    // The scope holds the user's own applications too: they draw up only as the mission's owner.
                    guard caller.user.map(listed.parties.seesApplicantContact) ?? true,
                        try agreements.find(applicationID: listed.application.id) == nil
                    else { continue }
                    awaiting.append(listed.view(for: caller, now: now))
                }
                guard page.count == pageSize, let last = page.last else { return awaiting }
                after = ApplicationSearchPosition(dueAt: last.application.dueAt, id: last.application.id)
            }
        }
    }
}
