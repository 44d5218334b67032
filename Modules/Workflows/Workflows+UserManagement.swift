public import Domain
import Persistence

extension Workflows {
    /// A page of users (``users(matching:by:)``): the users shown and how many match in all.
    public struct UserPage: Sendable {
        /// The users of the page, by name.
        public let users: [User]
        /// How many users match the filter in all.
        public let total: Int
    }

    /// The users matching `filter` that the caller manages: every one for the operator, those
    /// of their administration and the ones under it for a referent.
    /// - Throws: ``AccessError`` unless the caller is the operator or a referent.
    public func users(matching filter: UserFilter, by caller: Caller) throws -> UserPage {
        try UserManagement.requireManager(caller.user, to: "list users")
        var filter = filter
        filter.limit = min(max(filter.limit, 1), 100)
        filter.offset = max(filter.offset, 0)
        if let user = caller.user, !user.has(.operator) {
            guard let own = user.administrationID else { return UserPage(users: [], total: 0) }
            filter.withinAdministrationID = own
        }
        let (users, total) = try database.read { try UserStore($0).search(filter) }
        return UserPage(users: users, total: total)
    }

    /// The user `id` as the caller, who manages them (``UserManagement/manages(_:by:)``), sees them.
    /// - Throws: ``AccessError``, ``UserManagementError/outsideAdministration``, ``NotFoundError``.
    public func managedUser(_ id: UserID, by caller: Caller) throws -> User {
        try UserManagement.requireManager(caller.user, to: "see a user's account")
        return try database.read { connection in
            let store = UserStore(connection)
            guard let user = try store.find(id) else { throw NotFoundError("user", id: id) }
            guard UserManagement.manages(user, lineage: try store.lineage(of: user.administrationID), by: caller.user)
            else { throw UserManagementError.outsideAdministration }
            return user
        }
    }

    /// Grants `adding` and revokes `removing` to user `id` (audit `user.roles-changed`), within
    /// the rules of ``UserManagement/changedRoles(of:adding:removing:by:)``.
    /// - Throws: ``AccessError``, ``UserManagementError``, ``UserError``, ``NotFoundError``.
    public func changeRoles(
        of id: UserID, adding: Set<Role>, removing: Set<Role>, by caller: Caller
    ) throws -> User {
        try UserManagement.requireManager(caller.user, to: "change a user's roles")
        let now = clock.now
        return try database.write { connection in
            let store = UserStore(connection)
            guard let user = try store.find(id) else { throw NotFoundError("user", id: id) }
            let roles = try UserManagement.changedRoles(
                of: user, lineage: try store.lineage(of: user.administrationID), adding: adding, removing: removing,
                by: caller.user)
            return try store.changeRoles(of: user, to: roles, by: caller.actor, at: now)
        }
    }

    /// Deactivates user `id` (audit `user.deactivated`): they cannot sign in any more, and their
    /// sessions, tokens and sign-in links stop working at once
    /// (``UserManagement/checkActivation(of:by:)``).
    /// - Throws: ``AccessError``, ``UserManagementError``, ``NotFoundError``.
    public func deactivateUser(_ id: UserID, by caller: Caller) throws -> User {
        try changeActivation(id, active: false, by: caller)
    }

    /// Reactivates user `id` (audit `user.reactivated`): they may sign in again; their old
    /// sessions and tokens stay ended.
    /// - Throws: ``AccessError``, ``UserManagementError``, ``NotFoundError``.
    public func reactivateUser(_ id: UserID, by caller: Caller) throws -> User {
        try changeActivation(id, active: true, by: caller)
    }

    private func changeActivation(_ id: UserID, active: Bool, by caller: Caller) throws -> User {
        try UserManagement.requireManager(caller.user, to: "deactivate or reactivate a user")
        let now = clock.now
        return try database.write { connection in
            let store = UserStore(connection)
            guard let user = try store.find(id) else { throw NotFoundError("user", id: id) }
            try UserManagement.checkActivation(
                of: user, lineage: try store.lineage(of: user.administrationID), by: caller.user)
            guard !AccountClosure.isClosed(user) else { throw AccountClosureError.alreadyClosed }
            guard user.isActive != active else { throw UserManagementError.alreadyInState(active: active) }
            return active
                ? try store.reactivate(user, by: caller.actor, at: now)
                : try store.deactivate(user, by: caller.actor, at: now)
        }
    }
}
