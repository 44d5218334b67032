import Foundation
import Support
import Testing

@Suite("Logger (logfmt)")
struct LoggerTests {
    // 2025-03-14T09:26:53.589Z
    static let instant = Date(timeIntervalSince1970: 1_741_944_413.589)

    func make(minimumLevel: Logger.Level = .debug, at date: Date = instant) -> (Logger, TextCapture) {
        let capture = TextCapture()
        let logger = Logger(minimumLevel: minimumLevel, sink: LogSink(capture.output), clock: { date })
        return (logger, capture)
    }

    @Test("one line per event: timestamp, level, quoted message, fields in order")
    func line() {
        let (logger, capture) = make()
        logger.info("request served", ["status": 200, "path": "/v1/missions", "ms": 1.5])
        #expect(
            capture.text
                == "ts=2025-03-14T09:26:53.589Z level=info msg=\"request served\" status=200 path=/v1/missions ms=1.5\n"
        )
    }

    @Test("levels below the minimum are dropped")
    func levels() {
        let (logger, capture) = make(minimumLevel: .warning)
        logger.debug("d")
        logger.info("i")
        logger.warning("w")
        logger.error("e")
        let levels = capture.text.split(separator: "\n").map { $0.split(separator: " ")[1] }
        #expect(levels == ["level=warning", "level=error"])
    }

    @Test(
        "values are quoted and escaped so that an event stays on one line",
        arguments: [
            ("plain", "plain"),
            ("", "\"\""),
            ("two words", "\"two words\""),
            ("a=b", "\"a=b\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
            ("bell\u{7}del\u{7f}", "\"bell\\u{7}del\\u{7f}\""),
            ("sécurité", "sécurité"),
            ("« été » \"chaud\"\n🌍", "\"« été » \\\"chaud\\\"\\n🌍\"")
        ])
    func escaping(value: String, rendered: String) {
        let (logger, capture) = make()
        logger.info("m", ["v": value])
        #expect(capture.text == "ts=2025-03-14T09:26:53.589Z level=info msg=\"m\" v=\(rendered)\n")
    }

    @Test("the message is always quoted and escaped; keys are sanitized")
    func messageAndKeys() {
        let (logger, capture) = make()
        logger.error("failed\n\"x\"", ["bad key=": 1, "": 2, "ok_key.sub-part": 3])
        #expect(capture.text.hasSuffix(" level=error msg=\"failed\\n\\\"x\\\"\" bad_key_=1 _=2 ok_key.sub-part=3\n"))
    }

    @Test("with(_:) adds fields to every line of the derived logger only")
    func derived() {
        let (logger, capture) = make()
        let request = logger.with(["request": "r-1"])
        request.info("a", ["status": 201])
        logger.info("b")
        #expect(
            capture.text.split(separator: "\n").map { $0.split(separator: " ").dropFirst(2).joined(separator: " ") }
                == ["msg=\"a\" status=201 request=r-1", "msg=\"b\""])
    }

    @Test(
        "timestamps: epoch, leap day, before 1970, far future",
        arguments: [
            (0.0, "1970-01-01T00:00:00.000Z"),
            (951_782_400.007, "2000-02-29T00:00:00.007Z"),
            (-1.0, "1969-12-31T23:59:59.000Z"),
            (-0.5, "1969-12-31T23:59:59.500Z"),
            (4_102_444_799.999, "2099-12-31T23:59:59.999Z")
        ])
    func timestamps(seconds: Double, expected: String) {
        let (logger, capture) = make(at: Date(timeIntervalSince1970: seconds))
        logger.info("t")
        #expect(capture.text.hasPrefix("ts=\(expected) "))
    }

    @Test("concurrent events never interleave")
    func concurrency() async {
        let (logger, capture) = make()
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for event in 0..<200 { logger.info("event", ["task": task, "n": event]) }
                }
            }
        }
        let lines = capture.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 8 * 200 + 1)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("ts=") && $0.contains(" msg=\"event\" task=") })
    }

    @Test("level names read from configuration")
    func levelParser() {
        #expect(ValueParser.logLevel.parse("DEBUG") == .debug)
        #expect(ValueParser.logLevel.parse("warn") == .warning)
        #expect(ValueParser.logLevel.parse("warning") == .warning)
        #expect(ValueParser.logLevel.parse("verbose") == nil)
    }
}
