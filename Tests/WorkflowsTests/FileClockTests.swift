import Domain
import Foundation
import Testing
import Workflows

@Suite("FileClock")
struct FileClockTests {
    @Test("reads the instant in the file at every use, and keeps the last one when the file goes")
    func followsTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clock-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "2026-11-17T09:00:00Z\n".write(toFile: path, atomically: true, encoding: .utf8)
        let clock = try FileClock(path: path)
        #expect(clock.now == (try Instant(rfc3339: "2026-11-17T09:00:00Z")))
        try "2026-12-01T10:30:00.250Z".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(clock.now == (try Instant(rfc3339: "2026-12-01T10:30:00.250Z")))
        try FileManager.default.removeItem(atPath: path)
        #expect(clock.now == (try Instant(rfc3339: "2026-12-01T10:30:00.250Z")))
    }

    @Test("refuses to start on a missing file or one without an instant")
    func refusesBadFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clock-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FileClockError.unreadable(path)) { try FileClock(path: path) }
        try "tomorrow".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: FileClockError.notAnInstant(path, "tomorrow")) { try FileClock(path: path) }
    }
}
