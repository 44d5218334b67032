import Foundation

/// Runs one of the package's built executables as a real subprocess.
struct Subprocess {
    /// What a finished run printed and returned.
    struct Result {
        let status: Int32
        let output: String
        let errorOutput: String
    }

    /// The folder holding the built products: the test bundle sits beside the executables.
    static let productsDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

    /// Runs `product` with `arguments` and an environment of only `environment` (plus PATH).
    static func run(_ product: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try launch(
            productsDirectory.appendingPathComponent(product), arguments,
            environment: environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine })
    }

    /// Runs `product` like ``run(_:_:environment:)``, but as a user who may not write files it does
    /// not own: when this process is root (which ignores file modes), under the `nobody` account
    /// through `setpriv`, so a file's read-only mode really binds the program.
    static func runUnprivileged(
        _ product: String, _ arguments: [String],
        environment: [String: String] = [:]
    ) throws -> Result {
        let executable = productsDirectory.appendingPathComponent(product)
        let environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        guard geteuid() == 0 else { return try launch(executable, arguments, environment: environment) }
        return try launch(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments,
            environment: environment)
    }

    /// Creates and migrates `database` with `talents-admin db migrate`, as an operator does before
    /// any other command (the others refuse a path with no database).
    static func migrate(_ database: String) throws {
        let result = try run("talents-admin", ["db", "migrate", "--db", database])
        guard result.status == 0 else { throw MigrationFailed(message: result.errorOutput) }
    }

    /// `talents-admin db migrate` failed while setting up a test.
    struct MigrationFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { "talents-admin db migrate: \(message)" }
    }

    /// Runs the system's `sqlite3` on `database` with `sql`, for checks by a program that is not ours.
    /// It waits up to 10 s for a lock the server holds (a checkpoint, a write) rather than failing
    /// at once with "database is locked".
    static func sqlite3(_ database: String, _ sql: String) throws -> Result {
        try launch(
            URL(fileURLWithPath: "/usr/bin/sqlite3"), ["-cmd", ".timeout 10000", database, sql], environment: [:])
    }

    /// Runs one of the project's Python scripts (`scripts/NAME`) with the `python3` of this
    /// process's PATH, the one scripts/setup installed the packages for.
    static func script(_ name: String, _ arguments: [String]) throws -> Result {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/\(name)").path
        return try launch(URL(fileURLWithPath: "/usr/bin/env"), ["python3", path] + arguments, environment: nil)
    }

    private static func launch(_ executable: URL, _ arguments: [String], environment: [String: String]?) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        let errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        try process.run()
        // Sequential reads are enough here: our programs print little on stderr, far below the
        // pipe buffer, so the child cannot block on it while stdout is drained.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errorOutput: String(decoding: errorData, as: UTF8.self))
    }
}
