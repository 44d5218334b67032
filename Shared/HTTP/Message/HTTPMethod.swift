/// A request method (RFC 9110 §9): a case-sensitive token.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method token as sent, e.g. `GET`.
    public let rawValue: String

    /// Wraps a method token; `rawValue` must be a non-empty token (RFC 9110 §5.6.2).
    public init(rawValue: String) {
        precondition(
            !rawValue.isEmpty && rawValue.utf8.allSatisfy(ASCII.isTokenChar),
            "an HTTP method must be a non-empty token, got \(rawValue.debugDescription)")
        self.rawValue = rawValue
    }

    private init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    /// `GET`
    public static let get = HTTPMethod(unchecked: "GET")
    /// `HEAD`
    public static let head = HTTPMethod(unchecked: "HEAD")
    /// `POST`
    public static let post = HTTPMethod(unchecked: "POST")
    /// `PUT`
    public static let put = HTTPMethod(unchecked: "PUT")
    /// `PATCH`
    public static let patch = HTTPMethod(unchecked: "PATCH")
    /// `DELETE`
    public static let delete = HTTPMethod(unchecked: "DELETE")
    /// `OPTIONS`
    public static let options = HTTPMethod(unchecked: "OPTIONS")

    /// The method token.
    public var description: String { rawValue }

    /// Reads a token the parser has already validated, without allocating for common methods.
    init(token: UnsafeBufferPointer<UInt8>) {
        switch token.count {
        case 3 where token[0] == 0x47 && token[1] == 0x45 && token[2] == 0x54: self = .get
        case 3 where token[0] == 0x50 && token[1] == 0x55 && token[2] == 0x54: self = .put
        case 4 where token[0] == 0x50 && token[1] == 0x4F && token[2] == 0x53 && token[3] == 0x54: self = .post
        case 4 where token[0] == 0x48 && token[1] == 0x45 && token[2] == 0x41 && token[3] == 0x44: self = .head
        default: self.init(unchecked: String(decoding: token, as: UTF8.self))
        }
    }
}
