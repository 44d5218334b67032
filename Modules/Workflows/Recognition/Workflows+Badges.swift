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
