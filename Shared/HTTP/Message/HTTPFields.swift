/// The header fields of a response, in order, with case-insensitive access by name.
///
/// The server adds `Date`, `Content-Length`, `Connection` and `X-Request-Id` itself and
/// ignores fields of those names (and `Transfer-Encoding`) set here: framing is its job.
public struct HTTPFields: Sendable, Sequence, ExpressibleByDictionaryLiteral, Equatable {
    private var fields: [HTTPField]

    /// Fields in the given order.
    public init(_ fields: [HTTPField] = []) {
        self.fields = fields
    }

    /// Fields from a literal such as `["Location": "/missions/1"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { HTTPField(name: $0.0, value: $0.1) }
    }

    /// The first value of `name`; setting replaces every field of that name (nil removes them).
    public subscript(_ name: String) -> String? {
        get { fields.first { Self.sameName($0.name, name) }?.value }
        set {
            // The first field of that name keeps its place; later ones go.
            let index = fields.firstIndex { Self.sameName($0.name, name) } ?? fields.count
            fields.removeAll { Self.sameName($0.name, name) }
            if let newValue { fields.insert(HTTPField(name: name, value: newValue), at: index) }
        }
    }

    /// Adds a field, keeping any other of the same name.
    public mutating func append(name: String, value: String) {
        fields.append(HTTPField(name: name, value: value))
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[HTTPField]> { fields.makeIterator() }

    static func sameName(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count
            && zip(lhs.utf8, rhs.utf8).allSatisfy { ASCII.lowercased($0) == ASCII.lowercased($1) }
    }
}
