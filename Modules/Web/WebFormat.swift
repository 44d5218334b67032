import Domain
import Notifications

/// French renderings of dates and states for the pages.
enum WebFormat {
    /// `12 novembre 2026`.
    static func date(_ date: LocalDate) -> String {
        FrenchDate.format(date)
    }

    /// `12 novembre 2026 à 14 h 30`, Paris time.
    static func instant(_ instant: Instant) -> String {
        FrenchDate.format(instant)
    }

    /// The hint of a date field: browsers without a calendar show a plain text box.
    static let dateHint = "Avec le calendrier, ou au format jj/mm/aaaa (par exemple 01/09/2026)"

    /// The message of a date field that does not read as a date.
    static let dateError = "saisissez une date au format jj/mm/aaaa, par exemple 01/09/2026."

    /// The one date reader of the web forms: what a browser's date field sends (`2027-01-15`)
    /// or a date typed by hand in French (`15/01/2027`), surrounding spaces ignored; nil otherwise.
    static func parseDate(_ text: String) -> LocalDate? {
        let text = text.trimmingWhitespace()
        if let date = try? LocalDate(parsing: text) { return date }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return try? LocalDate(year: year, month: month, day: day)
    }

    /// `4 h 30`, `45 min`, `2 h`.
    static func duration(minutes: Int) -> String {
        FrenchDate.duration(minutes: minutes)
    }

    /// The French name of an application's status.
    static func status(_ status: ApplicationStatus) -> String {
        switch status {
        case .submitted: "Envoyée, en attente de réponse"
        case .interviewProposed: "Échange proposé"
        case .accepted: "Acceptée"
        case .declined: "Déclinée"
        case .withdrawn: "Retirée"
        }
    }
}

extension WebFormat {
    /// The French name of a mission's state.
    static func state(_ state: MissionState) -> String {
        switch state {
        case .draft: "Brouillon"
        case .submitted: "Soumise, en attente de modération"
        case .published: "Publiée"
        case .closed(.filled): "Close, pourvue"
        case .closed(.cancelled): "Annulée"
        case .closed(.expired): "Close, date limite passée"
        }
    }
}

extension WebFormat {
    /// `3,5`: one decimal, French decimal comma.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10),\(abs(tenths) % 10)"
    }
}
