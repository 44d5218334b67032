public import Foundation

/// Typed reading of environment variables.
///
/// The variables are injected so tests pass a dictionary; the default is the process
/// environment. A variable set to the empty string counts as unset (`TALENTS_PORT= cmd`
/// means "use the default").
public struct Environment: Sendable {
    /// The variables read.
    public let variables: [String: String]

    /// An environment over `variables`, by default the process's.
    public init(_ variables: [String: String] = ProcessInfo.processInfo.environment) {
        self.variables = variables
    }

    /// The value of `name`, or nil when unset or empty.
    public func string(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The value of `name` read by `parser`, or nil when unset; a ``ConfigurationError``
    /// naming the variable when it does not read.
    public func value<Value>(_ name: String, as parser: ValueParser<Value>) throws(ConfigurationError) -> Value? {
        guard let text = string(name) else { return nil }
        guard let value = parser.parse(text) else {
            throw ConfigurationError(variable: name, value: text, expectation: parser.expectation)
        }
        return value
    }

    /// The value of `name` as an integer, or nil when unset.
    public func int(_ name: String) throws(ConfigurationError) -> Int? {
        try value(name, as: .int)
    }

    /// The value of `name` as a port number (1–65535), or nil when unset.
    public func port(_ name: String) throws(ConfigurationError) -> UInt16? {
        try value(name, as: .port)
    }

    /// The value of `name` as a boolean (true/false, yes/no, on/off, 1/0), or nil when unset.
    public func bool(_ name: String) throws(ConfigurationError) -> Bool? {
        try value(name, as: .bool)
    }

    /// The value of `name` as an http(s) URL without trailing slash, or nil when unset.
    public func httpURL(_ name: String) throws(ConfigurationError) -> String? {
        try value(name, as: .httpURL)
    }
}
