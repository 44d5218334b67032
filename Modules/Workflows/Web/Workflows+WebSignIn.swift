public import Domain
import Notifications
import Persistence
import Support

extension Workflows {
    /// How long a one-time sign-in link works.
    public static let signInLinkLifetimeMinutes = MessageCatalogue.signInLinkMinutes
    /// How many links one account is sent within a link's lifetime: more requests send nothing,
    /// so the form cannot be used to flood somebody's mailbox.
    public static let signInLinksPerLifetime = 5
    /// How long a browser session lasts after signing in.
    public static let webSessionLifetimeHours = 12

    /// A browser session just opened: the secret for the cookie (only its hash is stored).
    public struct WebSession: Sendable {
        /// The session secret, for the cookie.
        public let token: String
        /// Whose session it is.
        public let user: User
        /// When it ends.
        public let expiresAt: Instant
    }

    /// Queues a one-time sign-in link by e-mail to the account with `email`, in one transaction
    /// (link hash, audit event, outbox); the link goes on to the local page `next` (else the
    /// personal space). An address without an account gets nothing, and the caller cannot tell
    /// the difference (no account enumeration); nor can it tell when the account already
    /// received ``signInLinksPerLifetime`` links within the last link lifetime, which sends
    /// nothing more.
    public func requestSignInLink(email: EmailAddress, next: String? = nil) throws {
        let now = clock.now
        try database.write { connection in
            // A deactivated account is sent nothing, and the caller cannot tell.
            guard let user = try UserStore(connection).find(email: email), user.isActive else { return }
            try sendSignInLink(to: user, next: next, at: now, in: connection)
        }
    }

    /// Checks that `email` may create an account (``SignUpRules``, the configured domains): a
    /// rule about the address alone, which tells nothing of existing accounts.
    /// - Throws: ``SignUpError/domainNotAllowed``.
    public func checkSignUpAddress(_ email: EmailAddress) throws {
        _ = try configuration.signUpRules.newUser(email)
    }

    /// An agent signs up with their professional address (issue 17), in one transaction: when no
    /// account has `email`, creates one with the talent role only (audit `user.signed-up`, by the
    /// `sign-up` system actor: nobody is signed in yet) and sends a sign-in link that goes on to
    /// the profile form; when an account has it, sends that account a sign-in link as
    /// ``requestSignInLink(email:next:)`` does — so the caller cannot tell the two apart. The
    /// e-mailed link is what confirms the address: nobody uses the account without it.
    /// - Throws: ``SignUpError/domainNotAllowed`` for an address outside the allowed domains.
    public func signUp(email: EmailAddress) throws {
        let newUser = try configuration.signUpRules.newUser(email)
        let now = clock.now
        try database.write { connection in
            let users = UserStore(connection)
            if let user = try users.find(email: email) {
                guard user.isActive else { return }
                try sendSignInLink(to: user, next: nil, at: now, in: connection)
            } else {
                let user = try users.insert(newUser, by: .system("sign-up"), at: now, action: "user.signed-up")
                try sendSignInLink(to: user, next: WebPaths.profile, at: now, in: connection)
            }
        }
    }

    /// Makes a link for `user` and queues its e-mail, within ``signInLinksPerLifetime``.
    private func sendSignInLink(to user: User, next: String?, at now: Instant, in connection: Connection) throws {
        guard
            try WebSessionStore(connection).linksIssued(
                to: user.id, after: now.adding(minutes: -Self.signInLinkLifetimeMinutes))
                < Self.signInLinksPerLifetime
        else { return }
        let token = SecureRandom.token()
        let expiresAt = now.adding(minutes: Self.signInLinkLifetimeMinutes)
        try WebSessionStore(connection).insertLink(
            userID: user.id, hash: SHA256.hash(token).bytes,
            expiresAt: expiresAt, at: now)
        try Outbox(connection).signInLink(to: user, token: token, expiresAt: expiresAt, next: next, at: now)
    }

    /// Uses a sign-in link: when it is known, unused and unexpired, marks it used and opens a
    /// session.
    /// - Throws: ``WebSignInError/invalidLink`` otherwise.
    public func signIn(linkToken: String) throws -> WebSession {
        let now = clock.now
        return try database.write { connection in
            let store = WebSessionStore(connection)
            guard let userID = try store.consumeLink(hash: SHA256.hash(linkToken).bytes, at: now),
                let user = try UserStore(connection).find(userID), user.isActive
            else { throw WebSignInError.invalidLink }
            let token = SecureRandom.token()
            let expiresAt = now.adding(hours: Self.webSessionLifetimeHours)
            try store.openSession(userID: user.id, hash: SHA256.hash(token).bytes, expiresAt: expiresAt, at: now)
            return WebSession(token: token, user: user, expiresAt: expiresAt)
        }
    }

    /// The user of a live session, or nil for an unknown, expired or ended one, or a deactivated user's.
    public func webSessionUser(token: String) throws -> User? {
        let now = clock.now
        return try database.read { connection in
            try WebSessionStore(connection).user(session: SHA256.hash(token).bytes, at: now)
                .flatMap { try UserStore(connection).find($0) }
                .flatMap { $0.isActive ? $0 : nil }
        }
    }

    /// Ends a session (sign-out); an unknown or ended one changes nothing.
    public func signOut(sessionToken: String) throws {
        let now = clock.now
        try database.write { try WebSessionStore($0).endSession(hash: SHA256.hash(sessionToken).bytes, at: now) }
    }
}

/// Why signing in through a link failed.
public enum WebSignInError: Error, Equatable, CustomStringConvertible {
    /// The link is unknown, already used or expired (the three are not told apart).
    case invalidLink

    public var description: String {
        "The sign-in link is unknown, already used or expired."
    }
}
