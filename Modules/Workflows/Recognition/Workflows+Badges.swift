public import Domain
public import Gamification
import Persistence

extension Workflows {
    /// The diploma `publicID` with its revision, revoked or not (public: hosted verification), or nil.
    public func badgeAssertion(_ publicID: String) throws -> Versioned<BadgeAssertionRecord>? {
        try database.read { try BadgeStore($0).find(publicID: publicID) }
    }

    /// The caller's diplomas, oldest first.
    public func myBadges(by caller: Caller) throws -> [BadgeAssertionRecord] {
        guard let user = caller.user else { return [] }
        return try database.read { try BadgeStore($0).assertions(of: user.id) }
    }

    /// A page of diplomas for the operator's corrective actions: those whose holder (name or
    /// address) and mission title contain the texts given, newest first, and how many match.
    /// - Throws: ``AccessError`` unless the caller is the operator.
    public func diplomas(
        holder: String, mission: String, limit: Int, offset: Int, by caller: Caller
    ) throws -> (diplomas: [Versioned<BadgeAssertionRecord>], total: Int) {
        try caller.require(.operator, to: "list the diplomas")
        return try database.read {
            try BadgeStore($0).search(
                holder: holder.trimmingWhitespace(), mission: mission.trimmingWhitespace(),
                limit: min(max(limit, 1), 100), offset: max(offset, 0))
        }
    }

    /// Revokes diploma `publicID` with `reason`, if still at `expectedRevision` (operator; the
    /// command line passes nil). A revocation is final.
    /// - Throws: ``AccessError``, ``NotFoundError``, ``StaleRevisionError``, ``BadgeError``.
    public func revokeBadge(
        _ publicID: String, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<BadgeAssertionRecord> {
        try caller.require(.operator, to: "revoke a diploma")
        return try database.write {
            try BadgeStore($0).revoke(
                publicID: publicID, reason: reason, expectedRevision: expectedRevision,
                by: caller.actor, at: clock.now)
        }
    }
}
