import Foundation

/// The owner's mission form as a browser posts it, for the web suites and the suites that
/// compare the web with the API.
enum MissionFormInput {
    /// A valid form: deadline in 30 days, window from 40 to 100 days from today, in Paris style.
    static func fields(title: String, description: String = "Audit RGAA et plan de corrections.") -> [(String, String)]
    {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd/MM/yyyy"
        func day(_ offset: Int) -> String { formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400)) }
        return [
            ("titre", title), ("description", description), ("nature", "ux-improvement"),
            ("competence-1", "a11y-audit"), ("niveau-1", "2"), ("competence-2", ""), ("niveau-2", "2"),
            ("heures", "21"), ("debut", day(40)), ("fin", day(100)), ("date-limite", day(30)),
            ("departement", "75"), ("distance", "oui"), ("talents", "2")
        ]
    }

    static func set(_ fields: inout [(String, String)], _ name: String, _ value: String) {
        fields = fields.map { $0.0 == name ? (name, value) : $0 }
    }
}
