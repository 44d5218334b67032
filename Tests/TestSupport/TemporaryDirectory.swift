public import Foundation

/// A fresh folder under the system's temporary directory, for the files a test writes (a
/// database, a clock file, a maildir); removed by ``remove()``.
public struct TemporaryDirectory: Sendable {
    /// The folder.
    public let url: URL

    /// Creates the folder, named after `prefix` (the suite, to tell leftovers apart) and a UUID.
    public init(_ prefix: String = "talents-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString)",
            isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Runs `body` with a fresh folder, removed afterwards.
    public static func with<T>(_ prefix: String = "talents-tests", _ body: (TemporaryDirectory) throws -> T) throws -> T
    {
        let directory = try TemporaryDirectory(prefix)
        defer { directory.remove() }
        return try body(directory)
    }
}

/// Runs `body` with the URL of a fresh folder, removed afterwards.
public func withTemporaryDirectory<T>(_ prefix: String = "talents-tests", _ body: (URL) throws -> T) throws -> T {
    try TemporaryDirectory.with(prefix) { try body($0.url) }
}

extension URL {
    /// The path of `name` inside this folder.
    public func file(_ name: String) -> String {
        appendingPathComponent(name).path
    }
}
