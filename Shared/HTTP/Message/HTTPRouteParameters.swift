/// The values captured by `{name}` segments of a route template, percent-decoded.
public struct HTTPRouteParameters: Sendable, Sequence {
    private var items: [(name: String, value: String)] = []

    /// No parameters.
    public init() {}

    /// The value of `name`, or nil.
    public subscript(_ name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// The value of `name` converted to `T`; throws a 400 problem if it is absent or does not
    /// convert (e.g. `/missions/abc` for an `Int` id).
    public func require<T: LosslessStringConvertible>(_ name: String, as type: T.Type) throws -> T {
        guard let value = self[name], let converted = T(value) else {
            throw ProblemDetails(
                status: .badRequest,
                detail: "The path parameter '\(name)' is not a valid \(T.self).")
        }
        return converted
    }

    /// The (name, value) pairs in template order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        items.makeIterator()
    }

    mutating func append(name: String, value: String) {
        items.append((name, value))
    }
}
