import Foundation
public import Mail
import Support

/// How notifications leave the platform, read from the environment (`TALENTS_MAIL_…`,
/// docs/operations.md "Notifications"). The default transport is a maildir beside the
/// database, so the quick start needs no mail server.
public struct NotificationSettings: Sendable {
    /// Where messages go.
    public enum Transport: Sendable, Equatable {
        /// Files in a maildir folder (development, tests, demonstrations).
        case maildir(String)
        /// An SMTP relay.
        case smtp(SMTPClient.Configuration)
    }

    /// Where messages go.
    public var transport: Transport
    /// The `From` of every message.
    public var sender: MailAddress
    /// The right-hand side of `Message-ID`s: `notification-<id>@<domain>`.
    public var messageIDDomain: String
    /// The public URL that links start with.
    public var baseURL: String
    /// Attempts before a message is parked.
    public var maximumAttempts: Int
    /// The delay after the first failure; doubled after each further one.
    public var retryBaseSeconds: Int
    /// The longest delay between two attempts.
    public var retryMaximumSeconds: Int
    /// How long a worker owns a claimed message; after that another worker may send it again.
    public var leaseSeconds: Int

    /// Creates settings; the defaults suit a development machine.
    public init(
        transport: Transport, sender: MailAddress, messageIDDomain: String, baseURL: String,
        maximumAttempts: Int = 8, retryBaseSeconds: Int = 60, retryMaximumSeconds: Int = 6 * 3600,
        leaseSeconds: Int = 300
    ) {
        precondition(maximumAttempts >= 1 && retryBaseSeconds >= 1 && leaseSeconds >= 1, "positive delays and attempts")
        self.transport = transport
        self.sender = sender
        self.messageIDDomain = messageIDDomain
        self.baseURL = baseURL
        self.maximumAttempts = maximumAttempts
        self.retryBaseSeconds = retryBaseSeconds
        self.retryMaximumSeconds = retryMaximumSeconds
        self.leaseSeconds = leaseSeconds
    }

    /// The delay before the attempt after failed attempt number `attempt` (1-based):
    /// base × 2^(attempt−1), at most ``retryMaximumSeconds``.
    public func retryDelaySeconds(afterAttempt attempt: Int) -> Int {
        let exponent = min(max(attempt - 1, 0), 30)
        return min(retryMaximumSeconds, retryBaseSeconds * (1 << exponent))
    }

    /// The maildir of a maildir transport, for the erasure of an account; nil with SMTP.
    public var mailFolder: MailFolder? {
        guard case .maildir(let directory) = transport else { return nil }
        return MailFolder(directory: directory, messageIDDomain: messageIDDomain)
    }

    /// The transport's implementation.
    public var mailTransport: any MailTransport {
        switch transport {
        case .maildir(let directory): MaildirTransport(directory: directory)
        case .smtp(let configuration): SMTPClient(configuration: configuration)
        }
    }
}
