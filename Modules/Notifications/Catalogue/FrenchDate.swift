public import Domain
import Foundation

/// Dates and times as French messages write them: "12 décembre 2026", "12 décembre 2026 à 14 h 30"
/// (Paris time, the programme's time zone).
public enum FrenchDate {
    private static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"
    ]

    /// "1er décembre 2026", "12 décembre 2026".
    public static func format(_ date: LocalDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(months[date.month - 1]) \(date.year)"
    }

    /// "12 décembre 2026 à 14 h 30", in Europe/Paris time (UTC when the zone is unknown).
    public static func format(_ instant: Instant) -> String {
        let seconds = instant.millisecondsSinceEpoch / 1000
        let zone = TimeZone(identifier: "Europe/Paris")
        let offset = zone?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ?? 0
        let local = instant.adding(seconds: offset)
        let date = local.utcDate
        let minutesOfDay = Int(local.milliseconds(since: Instant(utc: date)) / 60_000)
        let minute = minutesOfDay % 60
        return "\(format(date)) à \(minutesOfDay / 60) h \(minute < 10 ? "0" : "")\(minute)"
            + (zone == nil ? " (UTC)" : "")
    }

    /// The day `instant` falls on in Europe/Paris time (UTC when the zone is unknown).
    public static func day(of instant: Instant) -> LocalDate {
        let seconds = instant.millisecondsSinceEpoch / 1000
        let zone = TimeZone(identifier: "Europe/Paris")
        let offset = zone?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ?? 0
        return instant.adding(seconds: offset).utcDate
    }

    /// "4 h 30", "45 min", "2 h".
    public static func duration(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest < 10 ? "0" : "")\(rest)"
    }
}
