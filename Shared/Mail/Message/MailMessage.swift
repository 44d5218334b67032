/// One e-mail to send: envelope, headers, two alternative bodies (plain text and HTML) and
/// optional attachments.
///
/// ``rendered()`` produces the RFC 5322 message: UTF-8 bodies in quoted-printable inside a
/// `multipart/alternative` (itself inside a `multipart/mixed` with the attachments, if any), the
/// subject as RFC 2047 encoded words.
public struct MailMessage: Hashable, Sendable {
    /// The sender (header `From` and `MAIL FROM`).
    public var from: MailAddress
    /// The one recipient (header `To` and `RCPT TO`).
    public var to: MailAddress
    /// The subject, any Unicode text.
    public var subject: String
    /// The plain-text body.
    public var text: String
    /// The HTML body.
    public var html: String
    /// The `Message-ID` without angle brackets, e.g. `notification-42@talents.example.gouv.fr`:
    /// stable for one notification, so a receiver can recognise a message sent twice.
    public var messageID: String
    /// The `Date`, in milliseconds since the Unix epoch.
    public var date: Int64
    /// Files joined to the message (an `.ics` invitation…); none for most messages.
    public var attachments: [MailAttachment]

    /// Creates a message.
    public init(
        from: MailAddress, to: MailAddress, subject: String, text: String, html: String,
        messageID: String, date: Int64, attachments: [MailAttachment] = []
    ) {
        precondition(
            !messageID.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) && messageID.contains("@"),
            "a Message-ID is id-left@id-right without brackets or spaces: \(messageID)")
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.date = date
        self.attachments = attachments
    }
}
