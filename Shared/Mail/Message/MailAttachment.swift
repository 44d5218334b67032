/// A file joined to an e-mail, e.g. an `.ics` invitation: sent as a base64 part of a
/// `multipart/mixed` message (RFC 2046 §5.1.3).
public struct MailAttachment: Hashable, Sendable {
    /// The file name proposed to the receiver, plain ASCII (e.g. `invitation.ics`).
    public var filename: String
    /// The MIME type with its parameters, e.g. `text/calendar; method=REQUEST; charset=UTF-8`.
    public var contentType: String
    /// The content.
    public var bytes: [UInt8]

    /// An attachment; the name and the type must be printable ASCII without quotes or line
    /// breaks, so they can never inject a header.
    public init(filename: String, contentType: String, bytes: [UInt8]) {
        let safe: (String) -> Bool = { text in
            text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" }
        }
        precondition(safe(filename) && !filename.isEmpty, "an attachment's name is plain ASCII: \(filename)")
        precondition(safe(contentType.replacing("\"", with: "")), "a MIME type is plain ASCII: \(contentType)")
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
    }
}
