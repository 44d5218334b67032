import Foundation
import Glibc

/// A long-running program (a server) started for a test, its output going to a log file;
/// `stop()` ends it with SIGTERM and waits, so no process outlives the test.
final class BackgroundProcess {
    let process = Process()
    let logPath: String

    /// Starts `executable` with `arguments` and an environment of only `environment` (plus PATH).
    init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], log logPath: String) throws {
        self.logPath = logPath
        let folder = URL(fileURLWithPath: logPath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Starts one of the package's built products.
    convenience init(
        product: String, _ arguments: [String] = [], environment: [String: String] = [:],
        log: String
    ) throws {
        try self.init(
            Subprocess.productsDirectory.appendingPathComponent(product), arguments,
            environment: environment, log: log)
    }

    /// What the program printed so far.
    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Whether the program still runs. Asks the kernel: Foundation's `Process.isRunning` was seen
    /// to turn false for a running child while many processes start in parallel.
    var isAlive: Bool {
        kill(process.processIdentifier, 0) == 0
    }

    /// Sends SIGTERM, waits (up to 10 s) until the program has gone, and returns its status.
    @discardableResult
    func stop() -> Int32 {
        let pid = process.processIdentifier
        if kill(pid, SIGTERM) == 0 {
            for _ in 0..<1000 where kill(pid, 0) == 0 { usleep(10_000) }
            if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A TCP port nobody listens on now on 127.0.0.1 (bound to port 0, read back, released).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
