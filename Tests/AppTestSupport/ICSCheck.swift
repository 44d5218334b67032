import Foundation

/// `scripts/ics-check.py`: what Python's `icalendar` (PyPI) reads in our `.ics` files and what
/// Python's `email` package reads in our messages (their calendar parts parsed by `icalendar`),
/// one JSON object per file.
enum ICSCheck {
    /// The parsed `.ics` files: `method`, `timezones` and `events` (`uid`, `sequence`, `start`,
    /// `end` in ISO 8601 with their offset, `location`, `summary`, `organizer`, `attendees`…).
    static func calendars(_ files: [String]) throws -> [[String: Any]] {
        try run("ics", files)
    }

    /// The parsed messages: `to`, `defects`, `parts` (content types in order), `text` and
    /// `calendars` (as ``calendars(_:)``, with the part's `contentType`, `method` and `filename`).
    static func mails(_ files: [String]) throws -> [[String: Any]] {
        try run("mail", files)
    }

    private static func run(_ kind: String, _ files: [String]) throws -> [[String: Any]] {
        let result = try Subprocess.script("ics-check.py", [kind] + files)
        guard result.status == 0 else { throw Failure(output: result.errorOutput) }
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]] ?? []
    }

    /// The script refused a file (it does not parse).
    struct Failure: Error {
        let output: String
    }
}
