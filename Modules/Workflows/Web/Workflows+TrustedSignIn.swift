public import Domain
import Persistence
import Support

extension Workflows {
    /// Opens a browser session for the account with `email`, whom a trusted single-sign-on proxy
    /// at `proxy` vouches for (the web front decides the trust: the request's peer address is a
    /// configured proxy). Audits `web.sign-in.proxy` (with the proxy's address), then
    /// `web.session.opened` as a link sign-in does, in one transaction.
    /// - Returns: the session, or nil when no active account has this address (accounts are created by
    ///   `talents-admin`, never by the proxy); nothing is written then.
    public func signIn(trustedEmail email: EmailAddress, proxy: String) throws -> WebSession? {
        let now = clock.now
        return try database.write { connection in
            guard let user = try UserStore(connection).find(email: email), user.isActive else { return nil }
            try AuditLog(connection).append(
                AuditEvent(
                    action: "web.sign-in.proxy", subjectType: "user", subjectID: user.id.rawValue,
                    actor: .system("sso proxy"), at: now, details: ["proxy": proxy]))
            let token = SecureRandom.token()
            let expiresAt = now.adding(hours: Self.webSessionLifetimeHours)
            try WebSessionStore(connection).openSession(
                userID: user.id, hash: SHA256.hash(token).bytes,
                expiresAt: expiresAt, at: now)
            return WebSession(token: token, user: user, expiresAt: expiresAt)
        }
    }
}
