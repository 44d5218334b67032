public import Domain
import Persistence

extension Workflows {
    /// Applies to mission `missionID` with a motivation, as the caller: a talent with a profile,
    /// who can see the mission (audit `application.submitted`). A talent invited from the pool
    /// applies the same way.
    /// - Throws: ``AccessError``; ``NotFoundError`` for a mission the caller may not see;
    ///   ``ApplicationError`` (no profile, mission not open, already applied, motivation length).
    public func apply(to missionID: MissionID, motivation: String, by caller: Caller) throws -> ApplicationView {
        try database.write { try apply(to: missionID, motivation: motivation, by: caller, in: $0) }
    }

    /// ``apply(to:motivation:by:)`` inside the caller's write transaction (idempotent requests).
    public func apply(
        to missionID: MissionID, motivation: String, by caller: Caller,
        in transaction: Transaction
    ) throws -> ApplicationView {
        try apply(to: missionID, motivation: motivation, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func apply(
        to missionID: MissionID, motivation: String, by caller: Caller,
        in connection: Connection
    ) throws -> ApplicationView {
        let action = "apply to a mission"
        // The command line applies for nobody: an application is a person's offer.
        guard let user = caller.user else { throw AccessError.roleRequired(action: action, roles: [.talent]) }
        try caller.require(.talent, to: action)
        guard let mission = try MissionStore(connection).find(missionID), mission.isVisible(to: user) else {
            throw NotFoundError("mission", id: missionID)
        }
        guard let talent = try TalentStore(connection).find(userID: user.id) else {
            throw ApplicationError.talentProfileRequired
        }
        let now = clock.now
        let store = ApplicationStore(connection)
        let application = try Application.submit(
            id: try store.nextID(), to: mission, by: talent, motivation: motivation,
            existing: try store.live(missionID: mission.id, talentID: talent.id),
            at: now)
        try store.insert(application, by: caller.actor, at: now)
        try Outbox(connection).applicationReceived(application, mission: mission, at: now)
        guard let listed = try store.findListed(application.id) else {
            preconditionFailure("application \(application.id) vanished inside its transaction")
        }
        return listed.view(for: caller, now: now)
    }

    /// Application `id` for the applicant, the mission's owner and the operator; for anyone
    /// else it does not exist.
    /// - Throws: ``NotFoundError``.
    public func application(_ id: ApplicationID, by caller: Caller) throws -> ApplicationView {
        let now = clock.now
        return try database.read { try visibleApplication(id, to: caller, in: ApplicationStore($0)) }
            .view(for: caller, now: now)
    }

    /// One page of the applications the caller is involved in — to the missions they own, and
    /// their own as a talent; every application for the operator — matching `search`, oldest
    /// due first.
    /// - Throws: ``AccessError`` without the role talent, mission owner or operator;
    ///   ``ApplicationSearchError``.
    public func applications(matching search: ApplicationSearch, by caller: Caller) throws -> ApplicationPage {
        try caller.require(.talent, .missionOwner, .operator, to: "list applications")
        let scope = caller.user.map(ApplicationScope.of) ?? .all
        return try database.read { try applicationPage(search, in: scope, by: caller, connection: $0) }
    }

    /// One page of the caller's own applications, as a talent, matching `search`.
    /// - Throws: ``AccessError`` without the role talent; ``ApplicationSearchError``.
    public func sentApplications(matching search: ApplicationSearch, by caller: Caller) throws -> ApplicationPage {
        try caller.require(.talent, to: "list one's applications")
        let scope = caller.user.map { ApplicationScope.sentBy($0.id) } ?? .all
        return try database.read { try applicationPage(search, in: scope, by: caller, connection: $0) }
    }

    /// One page of the applications to answer: to the missions the caller owns, to every
    /// mission for the operator, matching `search`.
    /// - Throws: ``AccessError`` without the role mission owner or operator; ``ApplicationSearchError``.
    public func receivedApplications(matching search: ApplicationSearch, by caller: Caller) throws -> ApplicationPage {
        try requireActingOwner(caller, to: "list the applications to one's missions")
        let scope = caller.user.map { $0.has(.operator) ? .all : ApplicationScope.toMissionsOf($0.id) } ?? .all
        return try database.read { try applicationPage(search, in: scope, by: caller, connection: $0) }
    }

    /// One page of the applications to mission `missionID` matching `search`, oldest due first
    /// (its owner or the operator). Another owner gets a 403 for a published mission and a 404
    /// for any other.
    /// - Throws: ``AccessError``, ``NotFoundError``, ``ApplicationSearchError``.
    public func applications(
        to missionID: MissionID, matching search: ApplicationSearch,
        by caller: Caller
    ) throws -> ApplicationPage {
        let action = "read the applications to a mission"
        try requireActingOwner(caller, to: action)
        var search = search
        search.missionID = missionID
        return try database.read { connection in
            _ = try ownMission(missionID, by: caller, to: action, in: connection)
            return try applicationPage(search, in: .all, by: caller, connection: connection)
        }
    }

    /// The stored application `id`, when the caller may see it; one they may not see does not
    /// exist for them.
    func visibleApplication(
        _ id: ApplicationID, to caller: Caller,
        in store: ApplicationStore
    ) throws -> ListedApplication {
        guard let listed = try store.findListed(id), caller.user.map(listed.parties.isVisible) ?? true else {
            throw NotFoundError("application", id: id)
        }
        return listed
    }

    private func applicationPage(
        _ search: ApplicationSearch, in scope: ApplicationScope, by caller: Caller,
        connection: Connection
    ) throws -> ApplicationPage {
        let search = try search.validated()
        let after = try search.cursor.map(ApplicationCursor.position)
        let now = clock.now
        // One more than the page tells whether another page follows.
        var listed = try ApplicationStore(connection).list(
            search, in: scope, now: now, after: after,
            limit: search.limit + 1)
        let hasMore = listed.count > search.limit
        listed = Array(listed.prefix(search.limit))
        let next =
            hasMore
            ? listed.last.map {
                ApplicationCursor.token(
                    for: ApplicationSearchPosition(dueAt: $0.application.dueAt, id: $0.application.id))
            } : nil
        return ApplicationPage(items: listed.map { $0.view(for: caller, now: now) }, nextCursor: next)
    }
}

extension ListedApplication {
    /// The application as `caller` reads it at `now`: the applicant's contact for the mission's
    /// owner, the operator and the command line only.
    func view(for caller: Caller, now: Instant) -> ApplicationView {
        let contact = caller.user.map(parties.seesApplicantContact) ?? true
        return ApplicationView(
            application: application, revision: revision, missionTitle: missionTitle,
            overdue: application.isOverdue(now: now), daysLeft: application.daysLeft(now: now),
            applicant: contact ? .init(displayName: applicantName, email: applicantEmail) : nil,
            availableActions: ApplicationAction.allCases.filter { action in
                guard action.isAllowed(from: application.state.status) else { return false }
                guard let user = caller.user else { return true }
                return (try? parties.authorize(action, by: user)) != nil
            })
    }
}
