import Domain
import Foundation
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

    /// The terms typed, checked whole against the rules of `AgreementTerms` for a mission held
    /// within `window` (the use case checks them again).
    /// - Throws: ``EngagementMessage`` with every field at fault: not a number, a date or a work
    ///   mode, or breaking a rule.
    func terms(within window: DateWindow) throws -> AgreementTerms {
        var messages: [EngagementMessage] = []
        let hoursBudget = Int(hours.trimmingCharacters(in: .whitespaces))
        if hoursBudget == nil {
            messages.append(EngagementMessage(field: "heures", "indiquez un nombre entier d'heures."))
        }
        let startDate = WebFormat.parseDate(start)
        if startDate == nil {
            messages.append(EngagementMessage(field: "debut", "indiquez la date de début (jour, mois, année)."))
        }
        let endDate = WebFormat.parseDate(end)
        if endDate == nil {
            messages.append(EngagementMessage(field: "fin", "indiquez la date de fin (jour, mois, année)."))
        }
        let mode = WorkMode(rawValue: workMode)
        if mode == nil { messages.append(EngagementMessage(field: "modalite", "choisissez une modalité.")) }
        let terms = AgreementTerms(
            objectives: objectives, deliverables: deliverables, hoursBudget: hoursBudget ?? 1,
            dates: DateWindow(start: startDate ?? window.start, end: endDate ?? window.start),
            workMode: mode ?? .hybrid, conditions: conditions)
        // The rules, on the fields that could be read (the others have their message already).
        let hoursUnread = hoursBudget == nil
        let datesUnread = startDate == nil || endDate == nil
        for problem in terms.problems(within: window) {
            switch problem {
            case .hoursBudgetOutOfRange where hoursUnread: continue
            case .datesReversed where datesUnread, .datesOutsideMissionWindow where datesUnread: continue
            default: messages.append(FrenchMessages.agreement(problem))
            }
        }
        guard messages.isEmpty else { throw EngagementMessage(messages) }
        return terms
    }

    /// The fields, with `errors` by field id, for a mission held within `window`.
    func fields(window: DateWindow, errors: [String: String]) -> HTML {
        let period =
            "Entre le \(WebFormat.date(window.start)) et le \(WebFormat.date(window.end)), période de la mission."
        let modes = WorkMode.allCases.map { (value: $0.rawValue, text: WebFormat.workMode($0)) }
        let order = ["objectifs", "livrables", "heures", "debut", "fin", "modalite", "conditions"]
        let summary = WebLayout.errorSummary(
            errors.count == 1
                ? "Une erreur empêche l'enregistrement" : "\(errors.count) erreurs empêchent l'enregistrement",
            errors: order.compactMap { field in errors[field].map { (field: field, message: $0) } })
        return """
            \(summary)
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
