public import Domain
import Foundation
import Synchronization

/// Sign-in link requests handled after the answer, off the request path (issue 15).
///
/// The sign-in form (`POST /connexion`) hands the address over and answers at once, before any
/// lookup: the answer takes the same time, and does the same work, whether or not the address
/// has an account. A background queue then runs ``Workflows/requestSignInLink(email:)``, one
/// request at a time, which finds the account, keeps its limit of
/// ``Workflows/signInLinksPerLifetime`` links, and queues the e-mail in the outbox.
///
/// Each request is handled ``delayMilliseconds`` after its answer, not at once: on a busy
/// machine the work of a known address (a write, an e-mail rendered) would otherwise compete with
/// the sending of its own answer, and slow it measurably (`scripts/bench-sign-in.py`,
/// docs/performance.md); later, it falls on whatever request the server is then serving, of
/// either kind.
///
/// Requests wait in memory, at most ``capacity`` of them: beyond, a request is dropped (a flood
/// of the form cannot grow the process); ``waitUntilIdle()`` lets a stopping server handle those
/// still waiting, a crash loses them, and the person asks again.
public final class SignInLinkQueue: Sendable {
    /// The most requests waiting at once.
    public static let capacity = 1000
    /// How long after its answer a request is handled, in milliseconds.
    public static let delayMilliseconds = 100

    private let workflows: Workflows
    private let queue = DispatchQueue(label: "talents.sign-in-links")
    private let waiting = Atomic<Int>(0)
    private let failed: @Sendable (any Error) -> Void

    /// A queue over `workflows`; `failed` hears of a request that could not be handled (a
    /// database error: never an address, which the error does not hold).
    public init(workflows: Workflows, failed: @escaping @Sendable (any Error) -> Void = { _ in }) {
        self.workflows = workflows
        self.failed = failed
    }

    /// Queues a request for `email` and returns at once, whatever the address; the link goes on
    /// to the local page `next` once used.
    public func submit(_ email: EmailAddress, next: String? = nil) {
        enqueue { try $0.requestSignInLink(email: email, next: next) }
    }

    /// Queues the sign-up of `email` (``Workflows/signUp(email:)``: an account is made when none
    /// has the address, then a link sent either way) and returns at once, whatever the address.
    public func submitSignUp(_ email: EmailAddress) {
        enqueue { try $0.signUp(email: email) }
    }

    private func enqueue(_ request: @escaping @Sendable (Workflows) throws -> Void) {
        guard waiting.add(1, ordering: .relaxed).newValue <= Self.capacity else {
            waiting.subtract(1, ordering: .relaxed)
            return
        }
        queue.asyncAfter(deadline: .now() + .milliseconds(Self.delayMilliseconds)) { [self] in
            defer { waiting.subtract(1, ordering: .relaxed) }
            do {
                try request(workflows)
            } catch {
                failed(error)
            }
        }
    }

    /// Waits until every request submitted so far has been handled (at shutdown).
    public func waitUntilIdle() {
        while waiting.load(ordering: .relaxed) > 0 { usleep(10_000) }
    }
}
