import HTTP

extension WebRoutes {
    /// The `.ics` downloads of issue 20, beside the pages that show each date (``AgendaDownloads``).
    static func addAgendaPages(_ on: Register) {
        on(.get, "/candidatures/{id}/echange.ics") { try AgendaDownloads.interview($0) }
        on(.get, "/vis-mon-job/pairs/{id}/journee.ics") { try AgendaDownloads.pairDay($0) }
        on(.get, "/vis-mon-job/binome/journee.ics") { try AgendaDownloads.studentDay($0) }
        on(.get, "/vis-mon-job/ambassadeur/preparation.ics") { try AgendaDownloads.coaching($0) }
        on(.get, "/conventions/{id}/agenda.ics") { try AgendaDownloads.agreementWindow($0) }
    }
}
