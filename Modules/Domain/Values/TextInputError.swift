/// A text that breaks the rule of ``TextInput``.
public enum TextInputError: DomainError, Equatable {
    /// The text holds a control character (its code point in `scalar`).
    case controlCharacter(field: String, scalar: UInt32)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .controlCharacter: "text-control-character"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .controlCharacter(let field, _): field
        }
    }

    /// See ``DomainError/message``; it names the character by its code point, never the text.
    public var message: String {
        switch self {
        case .controlCharacter(_, let scalar):
            "The text holds the control character U+\(Self.hex(scalar)); only tab and line feed are allowed."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
