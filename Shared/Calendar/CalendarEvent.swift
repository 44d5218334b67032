/// When an event starts or ends: a Paris time (written with `TZID=Europe/Paris`) or a whole day
/// (`VALUE=DATE`).
public enum CalendarTime: Hashable, Sendable {
    /// An instant, in seconds since the Unix epoch (UTC), written as Paris wall-clock time.
    case instant(secondsSinceEpoch: Int64)
    /// A day; as an end, the first day *after* the event (§3.6.1: DTEND is exclusive).
    case day(CalendarDate)

    /// The property line `name;…:value`.
    func line(_ name: String) -> String {
        switch self {
        case .instant(let seconds):
            "\(name);TZID=\(ParisTime.identifier):\(ParisTime.local(atUTC: seconds).basic)"
        case .day(let date):
            "\(name);VALUE=DATE:\(date.basic)"
        }
    }
}

/// Someone an invitation names: the organizer or an attendee (a `CAL-ADDRESS`, §3.3.3).
public struct CalendarPerson: Hashable, Sendable {
    /// The mail address, without `mailto:`.
    public var address: String
    /// The common name (`CN`), if any.
    public var name: String?

    /// A person.
    public init(address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    /// `NAME;CN="…":mailto:address` (a quoted CN: `"` and control characters removed, §3.2).
    func line(_ property: String, parameters: String = "") -> String {
        var line = property + parameters
        if let name, !name.isEmpty {
            let quoted = String(name.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F })
            line += ";CN=\"\(quoted)\""
        }
        return line + ":mailto:" + address
    }
}

/// One `VEVENT` (RFC 5545 §3.6.1).
public struct CalendarEvent: Hashable, Sendable {
    /// The stable identifier, e.g. `interview-42@talents.numerique.gouv.fr`: the same for every
    /// version of the event, so an agenda replaces the older one.
    public var uid: String
    /// The revision: 0 first, higher for each move (§3.8.7.4).
    public var sequence: Int
    /// When this file was written (`DTSTAMP`, UTC), in seconds since the Unix epoch.
    public var stamp: Int64
    /// The start.
    public var start: CalendarTime
    /// The end (exclusive for days).
    public var end: CalendarTime
    /// The title.
    public var summary: String
    /// The longer text, if any.
    public var description: String?
    /// Where, if known.
    public var location: String?
    /// A page about the event, if any.
    public var url: String?
    /// Whether the event leaves the time free (`TRANSP:TRANSPARENT`), as a months-long window does.
    public var transparent: Bool
    /// Who organizes it (required in an invitation).
    public var organizer: CalendarPerson?
    /// Who is invited.
    public var attendees: [CalendarPerson]

    /// An event.
    public init(
        uid: String, sequence: Int = 0, stamp: Int64, start: CalendarTime, end: CalendarTime, summary: String,
        description: String? = nil, location: String? = nil, url: String? = nil, transparent: Bool = false,
        organizer: CalendarPerson? = nil, attendees: [CalendarPerson] = []
    ) {
        precondition(sequence >= 0, "SEQUENCE is a non-negative integer")
        self.uid = uid
        self.sequence = sequence
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.transparent = transparent
        self.organizer = organizer
        self.attendees = attendees
    }

    /// The unfolded content lines, `BEGIN:VEVENT` to `END:VEVENT`.
    var lines: [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + CalendarText.escape(uid),
            "DTSTAMP:" + CalendarDateTime(secondsSinceEpoch: stamp).basic + "Z",
            "SEQUENCE:\(sequence)",
            start.line("DTSTART"),
            end.line("DTEND"),
            "SUMMARY:" + CalendarText.escape(summary)
        ]
        if let description, !description.isEmpty { lines.append("DESCRIPTION:" + CalendarText.escape(description)) }
        if let location, !location.isEmpty { lines.append("LOCATION:" + CalendarText.escape(location)) }
        if let url, !url.isEmpty { lines.append("URL:" + url) }
        lines.append("STATUS:CONFIRMED")
        lines.append("TRANSP:" + (transparent ? "TRANSPARENT" : "OPAQUE"))
        if let organizer { lines.append(organizer.line("ORGANIZER")) }
        for attendee in attendees {
            lines.append(attendee.line("ATTENDEE", parameters: ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION"))
        }
        lines.append("END:VEVENT")
        return lines
    }
}
