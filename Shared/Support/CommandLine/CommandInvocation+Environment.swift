extension CommandInvocation {
    /// The setting an option and its environment variable both express: the option when
    /// given on the command line, else the variable the option declares
    /// (``CommandOption/environmentVariable``), else nil for the caller's default.
    ///
    /// The flag wins even when the variable is invalid, so `--port 8081` rescues a bad
    /// `TALENTS_PORT`. Throws a ``UsageError`` for a bad option value and a
    /// ``ConfigurationError`` for a bad variable.
    public func value<Value>(
        _ name: String, as parser: ValueParser<Value>, environment: Environment
    ) throws -> Value? {
        if let value = try value(name, as: parser) {
            return value
        }
        let option = declared(name)
        guard let variable = option.environmentVariable else {
            preconditionFailure("'\(option.spelling)' declares no environment variable")
        }
        return try environment.value(variable, as: parser)
    }
}
