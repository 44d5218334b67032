/// One header field: a name and its value.
public struct HTTPField: Hashable, Sendable {
    /// The field name, e.g. `Content-Type`; compared case-insensitively where it matters.
    public var name: String
    /// The field value.
    public var value: String

    /// A field; `name` must be a token (RFC 9110 §5.1).
    public init(name: String, value: String) {
        precondition(
            !name.isEmpty && name.utf8.allSatisfy(ASCII.isTokenChar),
            "a header field name must be a non-empty token, got \(name.debugDescription)")
        self.name = name
        self.value = value
    }

    /// A field whose name is a known token, without checking it again.
    init(uncheckedName name: String, value: String) {
        self.name = name
        self.value = value
    }
}
