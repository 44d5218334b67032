import Foundation
import Domain
import HTML
import HTTP

/// The terms of an agreement as typed in the drafting form (`objectifs`, `livrables`, `heures`,
/// `debut`, `fin`, `modalite`, `conditions`): kept as text to be sent back when refused.
struct AgreementTermsForm {
    var objectives = ""
    var deliverables = ""
    var hours = ""
    var start = ""
    var end = ""
    var workMode = WorkMode.hybrid.rawValue
    var conditions = ""

    /// The form filled with `terms`.
    init(_ terms: AgreementTerms) {
        objectives = terms.objectives
        deliverables = terms.deliverables
        hours = String(terms.hoursBudget)
        start = terms.dates.start.description
        end = terms.dates.end.description
        workMode = terms.workMode.rawValue
        conditions = terms.conditions
    }

    /// The form as posted.
    init(_ form: HTTPQuery) {
        objectives = form["objectifs"] ?? ""
        deliverables = form["livrables"] ?? ""
        hours = form["heures"] ?? ""
        start = form["debut"] ?? ""
        end = form["fin"] ?? ""
        workMode = form["modalite"] ?? ""
        conditions = form["conditions"] ?? ""
    }

    /// The terms typed, not validated yet (the use case does).
    /// - Throws: ``EngagementMessage`` for a field that is not a number, a date or a work mode.
    func terms() throws -> AgreementTerms {
        guard let hoursBudget = Int(hours.trimmingCharacters(in: .whitespaces)) else {
            throw EngagementMessage(field: "heures", "indiquez un nombre entier d'heures.")
        }
        guard let startDate = WebFormat.parseDate(start) else {
            throw EngagementMessage(field: "debut", "indiquez la date de début (jour, mois, année).")
        }
        guard let endDate = WebFormat.parseDate(end) else {
            throw EngagementMessage(field: "fin", "indiquez la date de fin (jour, mois, année).")
        }
        guard let mode = WorkMode(rawValue: workMode) else {
            throw EngagementMessage(field: "modalite", "choisissez une modalité.")
        }
        return AgreementTerms(objectives: objectives, deliverables: deliverables, hoursBudget: hoursBudget,
                              dates: DateWindow(start: startDate, end: endDate), workMode: mode, conditions: conditions)
    }

    /// The fields, with `errors` by field id, for a mission held within `window`.
    func fields(window: DateWindow, errors: [String: String]) -> HTML {
        let period = "Entre le \(WebFormat.date(window.start)) et le \(WebFormat.date(window.end)), période de la mission."
        let modes = WorkMode.allCases.map { (value: $0.rawValue, text: WebFormat.workMode($0)) }
        return """
            \(WebField.textarea("objectifs", label: "Objectifs", hint: "Ce que la mission doit permettre d'atteindre.",
                                value: objectives, error: errors["objectifs"], required: true))
            \(WebField.textarea("livrables", label: "Livrables", hint: "Ce que le talent remettra.",
                                value: deliverables, error: errors["livrables"], required: true))
            \(WebField.input("heures", label: "Volume d'heures", hint: "De 1 à \(AgreementTerms.maximumHoursBudget) heures ; le temps validé ne peut pas le dépasser.",
                             type: "number", value: hours, error: errors["heures"], required: true, attributes: " min=\"1\" step=\"1\""))
            \(WebField.input("debut", label: "Date de début", hint: period, type: "date", value: start,
                             error: errors["debut"], required: true))
            \(WebField.input("fin", label: "Date de fin", hint: period, type: "date", value: end,
                             error: errors["fin"], required: true))
            \(WebField.select("modalite", label: "Modalité", options: modes, selected: workMode,
                              error: errors["modalite"]))
            \(WebField.textarea("conditions", label: "Conditions pratiques", hint: "Facultatif : lieu, matériel, confidentialité…",
                                value: conditions, error: errors["conditions"]))
            """
    }
}
