/// Query parameters (`a=1&b=x+y`), percent-decoded with `+` as space, in order.
public struct HTTPQuery: Sendable, Sequence {
    private let items: [(name: String, value: String)]

    /// Parses a raw query string (without `?`); malformed escapes are kept as sent.
    public init(_ raw: Substring) {
        var items: [(name: String, value: String)] = []
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let equals = pair.firstIndex(of: "=")
            let name = equals.map { pair[..<$0] } ?? pair
            let value = equals.map { pair[pair.index(after: $0)...] } ?? ""
            items.append((Self.decode(name), Self.decode(value)))
        }
        self.items = items
    }

    /// Parameters from (name, value) pairs already decoded, in order.
    public init(items: [(name: String, value: String)]) {
        self.items = items
    }

    /// The first value of `name`, or nil.
    public subscript(_ name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order.
    public func values(for name: String) -> [String] {
        items.filter { $0.name == name }.map(\.value)
    }

    /// The first value of `name` converted to `T`; nil if absent, throws a 400 problem if it
    /// does not convert.
    public func get<T: LosslessStringConvertible>(_ name: String, as type: T.Type) throws -> T? {
        guard let value = self[name] else { return nil }
        guard let converted = T(value) else {
            throw ProblemDetails(
                status: .badRequest,
                detail: "The query parameter '\(name)' is not a valid \(T.self).")
        }
        return converted
    }

    /// The (name, value) pairs in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        items.makeIterator()
    }

    private static func decode(_ part: Substring) -> String {
        PercentDecoding.decode(part, plusAsSpace: true) ?? String(part)
    }
}
