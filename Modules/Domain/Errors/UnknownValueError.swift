/// A value outside a closed list of choices (an enum value, a sort key, a query parameter name).
public struct UnknownValueError: DomainError, Equatable {
    /// The input field or query parameter at fault.
    public let field: String?
    /// The value as received.
    public let value: String
    /// The values accepted there.
    public let allowed: [String]

    /// Creates the error for `value` of `field`, which accepts only `allowed`.
    public init(field: String?, value: String, allowed: [String]) {
        self.field = field
        self.value = value
        self.allowed = allowed
    }

    /// Creates the error for a raw value that is none of the cases of `type`.
    public init<T: CaseIterable & RawRepresentable>(field: String?, value: String, of type: T.Type)
    where T.RawValue == String {
        self.init(field: field, value: value, allowed: T.allCases.map(\.rawValue))
    }

    /// `"unknown-value"`.
    public var code: String { "unknown-value" }

    /// See ``DomainError/message``.
    public var message: String {
        "'\(value)' is not one of: \(allowed.joined(separator: ", "))."
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
