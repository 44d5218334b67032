public import Domain
import Notifications

extension Outbox {
    /// A one-time sign-in link for the web front: to the account's own address.
    public func signInLink(to user: User, token: String, expiresAt: Instant, at instant: Instant) throws {
        try enqueue(Notice(to: Recipient(user), .signInLink(token: token, expiresAt: expiresAt)), at: instant)
    }
}
