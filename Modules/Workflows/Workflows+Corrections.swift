public import Domain
public import Gamification

extension Workflows {
    /// The declined applications across missions, which the operator may reopen, one page after `cursor`.
    /// - Throws: ``AccessError`` unless the caller is the operator; ``ApplicationSearchError`` for a bad cursor.
    public func declinedApplications(after cursor: String?, limit: Int, by caller: Caller) throws -> ApplicationPage {
        try caller.require(.operator, to: "reopen an application")
        return try applications(
            matching: ApplicationSearch(statuses: [.declined], limit: limit, cursor: cursor), by: caller)
    }

    /// Application `id` as the operator reviews it before a corrective action (reopening).
    /// - Throws: ``AccessError`` unless the caller is the operator; ``NotFoundError``.
    public func applicationToCorrect(_ id: ApplicationID, by caller: Caller) throws -> ApplicationView {
        try caller.require(.operator, to: "reopen an application")
        return try application(id, by: caller)
    }

    /// Diploma `publicID` with its revision, as the operator reviews it before revoking it.
    /// - Throws: ``AccessError`` unless the caller is the operator; ``NotFoundError``.
    public func diplomaToRevoke(_ publicID: String, by caller: Caller) throws -> Versioned<BadgeAssertionRecord> {
        try caller.require(.operator, to: "revoke a diploma")
        guard let diploma = try badgeAssertion(publicID) else { throw NotFoundError("badge-assertion", key: publicID) }
        return diploma
    }
}
