/// The status a command returns to the shell, following BSD `sysexits.h` where it has a
/// code for the case.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success (also for `--help`) |
/// | 1 | the command ran and failed |
/// | 64 | usage error: the command line does not match the declarations (`EX_USAGE`) |
/// | 78 | configuration error: an environment variable is invalid (`EX_CONFIG`) |
///
/// A handler may throw an `ExitCode` to end with that status after writing its own message.
public struct ExitCode: Error, Hashable, Sendable {
    /// The numeric status, for `exit(_:)`.
    public let rawValue: Int32

    /// A status with the given number.
    public init(_ rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// 0: the command succeeded.
    public static let success = ExitCode(0)
    /// 1: the command failed.
    public static let failure = ExitCode(1)
    /// 64 (`EX_USAGE`): the command line was wrong.
    public static let usage = ExitCode(64)
    /// 78 (`EX_CONFIG`): the configuration was wrong.
    public static let configuration = ExitCode(78)
}
