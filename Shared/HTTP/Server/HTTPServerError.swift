import Glibc

/// A system call that failed while starting the server, with its `errno`.
public struct HTTPServerError: Error, Equatable, CustomStringConvertible {
    /// What was being done, e.g. `bind 127.0.0.1:8080`.
    public let operation: String
    /// The `errno` value, or 0 when the failure is not a system call's.
    public let code: Int32

    /// An error for `operation` with `code`.
    public init(operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    /// An error for `operation` with the current `errno`.
    static func fromErrno(_ operation: String) -> HTTPServerError {
        HTTPServerError(operation: operation, code: errno)
    }

    /// `bind 127.0.0.1:8080: Address already in use (errno 98)` form.
    public var description: String {
        code == 0 ? operation : "\(operation): \(String(cString: strerror(code))) (errno \(code))"
    }
}
