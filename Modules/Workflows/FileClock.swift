public import Domain
import Foundation
import Synchronization

/// A clock that reads "now" from a file holding an RFC 3339 instant, re-read at every use.
///
/// For end-to-end tests and staging rehearsals only (`--clock-file`, `TALENTS_CLOCK_FILE`):
/// a test writes a new instant in the file and the running server's due dates, overdue flags
/// and reminders follow, without sleeping. A file that becomes unreadable keeps the last instant.
public final class FileClock: WallClock {
    /// The file read at every use.
    public let path: String
    private let last: Mutex<Instant>

    /// Opens the clock, checking that the file holds an instant now.
    /// - Throws: ``FileClockError`` when the file is missing or does not hold an instant.
    public init(path: String) throws {
        self.path = path
        self.last = Mutex(try Self.read(path))
    }

    /// The instant written in the file, or the last one read if it can no longer be read.
    public var now: Instant {
        let current = try? Self.read(path)
        return last.withLock { last in
            if let current { last = current }
            return last
        }
    }

    private static func read(_ path: String) throws -> Instant {
        guard let data = FileManager.default.contents(atPath: path) else { throw FileClockError.unreadable(path) }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let instant = try? Instant(rfc3339: text) else { throw FileClockError.notAnInstant(path, text) }
        return instant
    }
}

/// Why a ``FileClock`` could not start.
public enum FileClockError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(String)
    /// The file does not hold an RFC 3339 instant.
    case notAnInstant(String, String)

    /// A message naming the file.
    public var description: String {
        switch self {
        case .unreadable(let path): "The clock file \(path) cannot be read."
        case .notAnInstant(let path, let text):
            "The clock file \(path) must hold an RFC 3339 instant such as 2026-11-17T09:00:00Z, not '\(text.prefix(40))'."
        }
    }
}
