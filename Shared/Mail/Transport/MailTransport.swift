/// Where messages go: an SMTP relay, or a maildir for development and tests.
public protocol MailTransport: Sendable {
    /// Hands `message` over; returns once the peer has taken responsibility for it.
    /// - Throws: ``MailDeliveryError``: transient (retry later) or permanent (do not retry).
    func deliver(_ message: MailMessage) throws(MailDeliveryError)
}

/// Why a message could not be handed over, and whether trying again may help.
public struct MailDeliveryError: Error, Equatable, CustomStringConvertible {
    /// Whether a later attempt may succeed.
    public enum Kind: String, Sendable, Equatable {
        /// Connection refused, timeout, a 4xx reply (RFC 5321 §4.2.1): try again later.
        case transient
        /// A 5xx reply or a refused address: trying again would fail the same way.
        case permanent
    }

    /// Transient or permanent.
    public let kind: Kind
    /// What happened, e.g. "RCPT TO: 550 5.1.1 unknown user"; never the message content.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The kind and the message.
    public var description: String { "\(kind.rawValue): \(message)" }
}
