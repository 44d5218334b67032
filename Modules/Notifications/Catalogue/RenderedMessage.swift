/// A message ready to be put in an e-mail: subject, plain text and HTML, in French.
public struct RenderedMessage: Hashable, Sendable {
    /// The subject.
    public var subject: String
    /// The plain-text body.
    public var text: String
    /// The HTML body, every interpolated value escaped.
    public var html: String

    /// Creates a rendered message.
    public init(subject: String, text: String, html: String) {
        self.subject = subject
        self.text = text
        self.html = html
    }
}
