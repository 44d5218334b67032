/// An iCalendar object (RFC 5545 §3.4, `VCALENDAR`) of our events, ready for a `.ics` file or an
/// e-mail part: CRLF line ends, lines folded at 75 octets, UTF-8, the Europe/Paris `VTIMEZONE`
/// whenever a time uses it.
public struct CalendarDocument: Hashable, Sendable {
    /// What the receiver should do with it (RFC 5546 §1.4).
    public enum Method: String, Sendable {
        /// An invitation, attached to the e-mail that announces the event.
        case request = "REQUEST"
        /// A copy to add to one's agenda, as a download.
        case publish = "PUBLISH"
    }

    /// The product identifier (`PRODID`).
    public static let productID = "-//Partagez vos talents numériques//Talents//FR"

    /// The method.
    public var method: Method
    /// The events.
    public var events: [CalendarEvent]

    /// A calendar of `events`.
    public init(method: Method, events: [CalendarEvent]) {
        self.method = method
        self.events = events
    }

    /// The text: content lines folded and ended by CRLF.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR",
            "PRODID:" + CalendarText.escape(Self.productID),
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + method.rawValue
        ]
        let zoned = events.contains { event in
            [event.start, event.end].contains { if case .instant = $0 { true } else { false } }
        }
        if zoned { lines += ParisTime.vtimezone }
        for event in events { lines += event.lines }
        lines.append("END:VCALENDAR")
        return lines.map(CalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The UTF-8 bytes of ``text``.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// The MIME type of the file or e-mail part, with its method.
    public var contentType: String { "text/calendar; method=\(method.rawValue); charset=UTF-8" }
}
