/// A reply of an SMTP server: a three-digit code and its text lines (RFC 5321 §4.2).
public struct SMTPReply: Hashable, Sendable, CustomStringConvertible {
    /// The code, e.g. 250.
    public let code: Int
    /// The text of each line, without the code and separator.
    public let lines: [String]

    /// Creates a reply.
    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// 2xx: the command succeeded.
    public var isPositiveCompletion: Bool { (200..<300).contains(code) }
    /// 3xx: go on (354 after DATA).
    public var isPositiveIntermediate: Bool { (300..<400).contains(code) }
    /// 4xx: failed this time; the same command may succeed later (§4.2.1).
    public var isTransientFailure: Bool { (400..<500).contains(code) }

    /// The code and the first line, e.g. "550 unknown user".
    public var description: String { "\(code) \(lines.first ?? "")" }
}
