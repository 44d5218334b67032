public import Calendar
public import Domain

/// The programme's events as agenda entries (`VEVENT`s): the same builders serve the `.ics`
/// attached to an e-mail and the one downloaded from a page, so both carry the same UID.
///
/// UIDs are `<kind>-<id>@<host>` and never change; SEQUENCE is the revision of the record whose
/// date it shows (the application for an interview, the pair for a *Vis mon job* day, the
/// agreement for its window), so a moved date always comes with a higher SEQUENCE.
public struct AgendaEvents: Sendable {
    /// How long an interview lasts in agendas: the proposal gives only its start.
    public static let interviewMinutes = 60

    /// The host part of UIDs, e.g. `talents.numerique.gouv.fr`.
    public let host: String
    /// The public URL without trailing slash, for the event's link.
    public let baseURL: String

    /// Builders linking to `baseURL`, whose host (without scheme, port or path) names the UIDs:
    /// the e-mails and the pages build the same UIDs from the one public URL.
    public init(baseURL: String) {
        var url = Substring(baseURL)
        while url.hasSuffix("/") { url.removeLast() }
        self.baseURL = String(url)
        var host = url
        if let scheme = host.firstRange(of: "://") { host = host[scheme.upperBound...] }
        host = host.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        self.host = host.isEmpty ? "talents" : String(host).lowercased()
    }

    /// The interview the owner proposes to an applicant: from its start, ``interviewMinutes`` long.
    public func interview(
        applicationID: ApplicationID, missionTitle: String, interview: Interview, sequence: Int, stamp: Instant,
        path: String
    ) -> CalendarEvent {
        let start = interview.at.millisecondsSinceEpoch / 1000
        return CalendarEvent(
            uid: "interview-\(applicationID.rawValue)@\(host)", sequence: sequence, stamp: seconds(stamp),
            start: .instant(secondsSinceEpoch: start),
            end: .instant(secondsSinceEpoch: start + Int64(Self.interviewMinutes * 60)),
            summary: "Échange : mission « \(missionTitle) »",
            description: "Échange proposé par le responsable de la mission « \(missionTitle) » "
                + "(Partagez vos talents numériques).\nModalités : \(interview.means)\n\(baseURL + path)",
            location: interview.means, url: baseURL + path)
    }

    /// The day of a *Vis mon job* pair, for either side: a whole day.
    public func visMonJobDay(pairID: Int64, day: LocalDate, sequence: Int, stamp: Instant, path: String)
        -> CalendarEvent
    {
        let date = CalendarDate(year: day.year, month: day.month, day: day.day)
        return CalendarEvent(
            uid: "vismonjob-pair-\(pairID)@\(host)", sequence: sequence, stamp: seconds(stamp), start: .day(date),
            end: .day(date.next), summary: "Vis mon job : journée d’immersion",
            description: "La journée Vis mon job du binôme (Partagez vos talents numériques).\n\(baseURL + path)",
            url: baseURL + path)
    }

    /// A booked *Vis mon job* coaching hour, one hour from `startsAt` (slots never move: SEQUENCE 0).
    public func coaching(slotID: Int64, startsAt: Instant, place: String, stamp: Instant, path: String)
        -> CalendarEvent
    {
        CalendarEvent(
            uid: "vismonjob-coaching-\(slotID)@\(host)", sequence: 0, stamp: seconds(stamp),
            start: .instant(secondsSinceEpoch: seconds(startsAt)),
            end: .instant(secondsSinceEpoch: seconds(startsAt.adding(hours: 1))),
            summary: "Vis mon job : séance de préparation",
            description: "Une heure de préparation à la journée Vis mon job pour les ambassadeurs "
                + "(Partagez vos talents numériques).\n\(baseURL + path)",
            location: place.isEmpty ? nil : place, url: baseURL + path)
    }

    /// The window of an agreement, from its first to its last day (whole days, leaving the time
    /// free: it spans weeks).
    public func agreementWindow(
        agreementID: Int64, missionTitle: String, start: LocalDate, end: LocalDate, sequence: Int, stamp: Instant,
        path: String
    ) -> CalendarEvent {
        let last = CalendarDate(year: end.year, month: end.month, day: end.day)
        return CalendarEvent(
            uid: "agreement-\(agreementID)@\(host)", sequence: sequence, stamp: seconds(stamp),
            start: .day(CalendarDate(year: start.year, month: start.month, day: start.day)), end: .day(last.next),
            summary: "Mission « \(missionTitle) »",
            description: "Période de la mission « \(missionTitle) » prévue par l’accord tripartite, du "
                + "\(FrenchDate.format(start)) au \(FrenchDate.format(end)) inclus (Partagez vos talents "
                + "numériques).\n\(baseURL + path)",
            url: baseURL + path, transparent: true)
    }

    private func seconds(_ instant: Instant) -> Int64 {
        let milliseconds = instant.millisecondsSinceEpoch
        return milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
    }
}
