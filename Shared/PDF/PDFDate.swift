public import Foundation

/// Dates as PDF writes them (PDF 32000-1:2008, 7.9.4): `D:YYYYMMDDHHmmSS+HH'mm'`.
public enum PDFDate {
    /// Europe/Paris, the default zone of a document's dates.
    public static let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt

    /// `date` in `zone`, with the zone's offset at that date ("D:20261207223000+01'00'").
    public static func string(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        let offset = zone.secondsFromGMT(for: date)
        let minutes = abs(offset) / 60
        let sign = offset < 0 ? "-" : "+"
        let year = String(parts.year ?? 0)
        let yearDigits = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return "D:" + yearDigits + two(parts.month) + two(parts.day) + two(parts.hour) + two(parts.minute)
            + two(parts.second) + sign + two(minutes / 60) + "'" + two(minutes % 60) + "'"
    }
}
