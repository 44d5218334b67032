public import Domain
import Notifications

extension Outbox {
    /// A one-time sign-in link for the web front: to the account's own address, going on to the
    /// local page `next` once used.
    public func signInLink(
        to user: User, token: String, expiresAt: Instant, next: String? = nil,
        at instant: Instant
    ) throws {
        try enqueue(
            Notice(
                to: Recipient(user),
                .signInLink(
                    token: token, expiresAt: expiresAt,
                    next: WebPaths.localReturnPath(next))), at: instant)
    }

    /// The private link of a *Vis mon job* student, to the address they registered with.
    public func visMonJobStudentRegistered(
        email: EmailAddress, token: String, registrationCloses: LocalDate,
        at instant: Instant
    ) throws {
        try enqueue(
            Notice(
                to: Recipient(userID: nil, email: email),
                .visMonJobStudentRegistered(token: token, registrationCloses: registrationCloses)), at: instant)
    }
}
