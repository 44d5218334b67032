/// An environment variable whose value does not read as the expected type; mapped to
/// ``ExitCode/configuration``.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The variable, e.g. `TALENTS_PORT`.
    public let variable: String
    /// The value found.
    public let value: String
    /// What was expected, e.g. "a port number (1–65535)".
    public let expectation: String

    /// An error about `variable` holding `value`.
    public init(variable: String, value: String, expectation: String) {
        self.variable = variable
        self.value = value
        self.expectation = expectation
    }

    /// E.g. "TALENTS_PORT must be a port number (1–65535), got 'abc'".
    public var description: String {
        "\(variable) must be \(expectation), got '\(value)'"
    }
}
