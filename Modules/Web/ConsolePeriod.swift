import Domain
import HTML
import HTTP

/// The period of the console's figures, read from `?du=jj/mm/aaaa&au=jj/mm/aaaa` (a GET form,
/// either end may be empty): the days, or the French errors of what is not a date or not in order.
struct ConsolePeriod {
    /// What was typed, kept in the form.
    let from: String
    let until: String
    /// The first and last days included, when given and valid.
    let first: LocalDate?
    let last: LocalDate?
    /// The fields' errors (`du`, `au`).
    let errors: [String: String]

    init(_ query: HTTPQuery) {
        from = query["du"] ?? ""
        until = query["au"] ?? ""
        var errors: [String: String] = [:]
        let first = from.trimmingWhitespace().isEmpty ? nil : WebFormat.parseDate(from)
        let last = until.trimmingWhitespace().isEmpty ? nil : WebFormat.parseDate(until)
        if first == nil, !from.trimmingWhitespace().isEmpty { errors["du"] = WebFormat.dateError }
        if last == nil, !until.trimmingWhitespace().isEmpty { errors["au"] = WebFormat.dateError }
        if let first, let last, last < first { errors["au"] = "la date de fin doit suivre la date de début." }
        self.first = errors.isEmpty ? first : nil
        self.last = errors.isEmpty ? last : nil
        self.errors = errors
    }

    /// "du 01/09/2026 au 30/09/2026", "depuis le début du programme"…
    var description: String {
        switch (first, last) {
        case (nil, nil): "depuis le début du programme"
        case (let first?, nil): "depuis le \(WebFormat.date(first))"
        case (nil, let last?): "jusqu'au \(WebFormat.date(last))"
        case (let first?, let last?): "du \(WebFormat.date(first)) au \(WebFormat.date(last))"
        }
    }

    /// The query of the CSV download over the same period (dates as jj/mm/aaaa).
    var query: [(name: String, value: String?)] {
        [("du", first?.frenchNumeric), ("au", last?.frenchNumeric)]
    }

    /// The download of the same period's figures: a GET form (a file, not a page to follow).
    private var download: HTML {
        let fields = query.compactMap { item -> HTML? in
            item.value.map { "<input type=\"hidden\" name=\"\(item.name)\" value=\"\($0)\">" }
        }
        return """
            <form method="get" action="/console/chiffres.csv" class="fr-mb-3w">\(HTML.joined(fields))
            <button class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line" type="submit">Télécharger les indicateurs (CSV)</button>
            </form>
            """
    }

    /// The GET form choosing the period, with its errors, and the CSV download link.
    func form(path: String) -> HTML {
        let summary = WebLayout.errorSummary(
            "La période n'est pas valide", errors: errors.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return """
            \(summary)
            <form method="get" action="\(path)#indicateurs" class="fr-mb-3w">
            <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Période des indicateurs</legend>
            \(WebField.input("du", label: "Du", hint: "Format jj/mm/aaaa ; vide : depuis le début.", value: from, autocomplete: "off", error: errors["du"]))
            \(WebField.input("au", label: "Au", hint: "Format jj/mm/aaaa ; vide : jusqu'à aujourd'hui.", value: until, autocomplete: "off", error: errors["au"]))
            <button class="fr-btn" type="submit">Afficher</button>
            </fieldset>
            </form>
            \(errors.isEmpty ? download : nil)
            """
    }
}
