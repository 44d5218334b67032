import Glibc

/// The `Date` field value (IMF-fixdate, RFC 9110 §5.6.7), rendered at most once a second.
struct HTTPDateCache {
    private(set) var bytes: [UInt8] = []
    private var second: time_t = -1

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Re-renders the value if the wall-clock second changed.
    mutating func refresh(now: time_t = time(nil)) {
        guard now != second else { return }
        second = now
        var seconds = now
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text = Self.days[Int(parts.tm_wday)] + ", "
        text += Self.twoDigits(parts.tm_mday) + " " + Self.months[Int(parts.tm_mon)] + " "
        text += String(parts.tm_year + 1900) + " " + Self.twoDigits(parts.tm_hour) + ":"
        text += Self.twoDigits(parts.tm_min) + ":" + Self.twoDigits(parts.tm_sec) + " GMT"
        bytes = Array(text.utf8)
    }

    private static func twoDigits(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
