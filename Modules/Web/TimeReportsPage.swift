import Domain
import HTML
import HTTP
import Workflows

/// `/conventions/{id}/temps`: the time reported on an agreement with the budget left; the talent
/// reports a day (POST there: `temps-date`, `temps-heures`, `temps-description`), the owner
/// validates or rejects each report (`/temps/{id}/valider`, `/temps/{id}/rejeter` with `rejet-{id}`).
enum TimeReportsPage {
    static func render(
        _ context: WebContext, agreementID: AgreementID? = nil, errors: [String: String] = [:],
        values: [String: String] = [:], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let view = try context.workflows.agreement(
            try agreementID ?? AgreementPage.agreementID(context), by: .user(user))
        let agreement = view.agreement
        let sheet = try context.workflows.timeSheet(of: agreement.id, by: .user(user))
        let totals = sheet.totals
        let isOwner = view.callerParties.contains(.owner)
        let rows = sheet.reports.map { row($0, isOwner: isOwner, context: context, errors: errors) }
        let table: HTML =
            rows.isEmpty
            ? "<p>Aucun temps déclaré pour l'instant.</p>"
            : WebLayout.table(
                "Temps déclaré, par jour",
                columns: ["Jour", "Durée", "Travail fait", "État"] + (isOwner ? ["Décision"] : []), rows: rows)
        let main: HTML = """
            <h1>Temps déclaré</h1>
            <p class="meta">Mission : \(view.missionTitle) · <a href="/conventions/\(agreement.id.rawValue)">Voir la convention</a></p>
            \(WebLayout.alert(errors["page"].map { "Erreur : \($0)" }, id: "page-erreur"))
            <h2>Bilan</h2>
            <dl class="terms">
            <dt>Volume de la convention</dt><dd>\(WebFormat.duration(minutes: totals.budgetMinutes))</dd>
            <dt>Temps validé</dt><dd>\(WebFormat.duration(minutes: totals.validatedMinutes))</dd>
            <dt>Temps déclaré (hors rejets)</dt><dd>\(WebFormat.duration(minutes: totals.reportedMinutes))</dd>
            <dt>Reste du volume (après le temps validé)</dt><dd>\(WebFormat.duration(minutes: totals.remainingMinutes))</dd>
            </dl>
            <h2>Déclarations</h2>
            \(table)
            \(reportForm(view, context: context, errors: errors, values: values))
            """
        return WebResponse.page(
            WebLayout.page(
                "Temps déclaré", context: context, trail: [("Mes conventions", "/mes-conventions")], main: main),
            context: context,
            status: status)
    }

    /// POST `/conventions/{id}/temps`: the talent reports a day.
    static func report(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try AgreementPage.agreementID(context)
        do {
            // Both fields read before saying what is wrong: every error at once.
            let date = WebFormat.parseDate(form["temps-date"] ?? "")
            let minutes = WebFormat.minutes(hours: form["temps-heures"] ?? "")
            guard let date, let minutes else {
                throw EngagementMessage(
                    [
                        date == nil ? EngagementMessage(field: "temps-date", "indiquez le jour travaillé.") : nil,
                        minutes == nil
                            ? EngagementMessage(
                                field: "temps-heures", "indiquez une durée en heures, par exemple 2 ou 1,5.")
                            : nil
                    ].compactMap { $0 })
            }
            _ = try context.workflows.reportTime(
                NewTimeReport(
                    date: date, minutes: minutes,
                    note: form["temps-description"] ?? ""),
                on: id, by: .user(user))
            return WebResponse.seeOther("/conventions/\(id.rawValue)/temps")
        } catch {
            guard let message = error as? EngagementMessage ?? EngagementMessage.of(error) else { throw error }
            var values: [String: String] = [:]
            for (name, value) in form where name != "csrf" { values[name] = value }
            return try render(context, agreementID: id, errors: message.errors, values: values, status: message.status)
        }
    }

    /// POST `/temps/{id}/valider` and `/temps/{id}/rejeter`: the owner's decision, then back to the reports.
    static func decide(_ context: WebContext, validate: Bool) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = TimeReportID(raw), id.rawValue > 0 else { throw NotFoundError("time-report", key: raw) }
        let agreementID = try context.workflows.timeReport(id, by: .user(user)).value.agreementID
        let revision = form["revision"].flatMap { Int($0) }
        do {
            if validate {
                _ = try context.workflows.validateTimeReport(id, expectedRevision: revision, by: .user(user))
            } else {
                _ = try context.workflows.rejectTimeReport(
                    id, reason: form["rejet-\(id.rawValue)"] ?? "",
                    expectedRevision: revision, by: .user(user))
            }
            return WebResponse.seeOther("/conventions/\(agreementID.rawValue)/temps")
        } catch {
            guard let message = EngagementMessage.of(error) else { throw error }
            let field = message.field == "rejet" ? "rejet-\(id.rawValue)" : "page"
            return try render(
                context, agreementID: agreementID, errors: [field: message.text],
                values: ["rejet-\(id.rawValue)": form["rejet-\(id.rawValue)"] ?? ""], status: message.status)
        }
    }

    private static func row(
        _ stored: Versioned<TimeReport>, isOwner: Bool, context: WebContext,
        errors: [String: String]
    ) -> HTML {
        let report = stored.value
        let id = report.id.rawValue
        let day = WebFormat.date(report.date)
        let state: HTML =
            report.status == .rejected
            ? "\(WebFormat.badge(report.status)) : \(report.rejectionReason ?? "")"
            : WebFormat.badge(report.status)
        var decision: HTML = .empty
        if isOwner {
            let hidden = WebField.hidden(context, revision: stored.revision)
            decision =
                report.status != .submitted
                ? "<td>—</td>"
                : """
                <td><form method="post" action="/temps/\(id)/valider">\(hidden)<button class="fr-btn" type="submit">Valider<span class="visually-hidden"> le temps du \(day)</span></button></form>
                <form method="post" action="/temps/\(id)/rejeter" novalidate>\(hidden)
                \(WebField.input("rejet-\(id)", label: "Motif du rejet", hint: "Obligatoire pour rejeter.", value: "", error: errors["rejet-\(id)"], required: true))
                <button class="fr-btn fr-btn--secondary" type="submit">Rejeter<span class="visually-hidden"> le temps du \(day)</span></button></form></td>
                """
        }
        return """
            <tr><td>\(WebFormat.date(report.date))</td><td>\(WebFormat.duration(minutes: report.minutes))</td>
            <td>\(report.note)</td><td>\(state)</td>\(decision)</tr>
            """
    }

    private static func reportForm(
        _ view: AgreementView, context: WebContext, errors: [String: String],
        values: [String: String]
    ) -> HTML {
        guard view.callerParties.contains(.talent), view.agreement.status == .signed else { return .empty }
        guard view.missionOrder != nil else {
            return "<h2>Déclarer du temps</h2><p>Vous pourrez déclarer du temps une fois l'ordre de mission émis.</p>"
        }
        let dates = view.agreement.terms.dates
        let today = min(max(context.workflows.clock.now.utcDate, dates.start), dates.end)
        return """
            <h2>Déclarer du temps</h2>
            <form method="post" action="/conventions/\(view.agreement.id.rawValue)/temps" novalidate>
            \(context.csrfField)
            \(WebField.input("temps-date", label: "Jour travaillé", hint: "Un jour passé ou aujourd'hui, entre le \(WebFormat.date(dates.start)) et le \(WebFormat.date(dates.end)).",
                             type: "date", value: values["temps-date"] ?? today.description, error: errors["temps-date"], required: true))
            \(WebField.input("temps-heures", label: "Durée en heures", hint: "Par exemple 2 ou 1,5.",
                             value: values["temps-heures"] ?? "", error: errors["temps-heures"], required: true, attributes: " inputmode=\"decimal\""))
            \(WebField.textarea("temps-description", label: "Travail fait", value: values["temps-description"] ?? "",
                                error: errors["temps-description"], required: true))
            <button class="fr-btn" type="submit">Déclarer ce temps</button>
            </form>
            """
    }
}
