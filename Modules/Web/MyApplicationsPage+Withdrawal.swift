import Domain
import HTML
import HTTP
import Workflows

/// The talent withdraws an application from `/mes-candidatures`: a button on each application
/// that may still be withdrawn, then a confirmation page where they may say why
/// (`POST /candidatures/{id}/retirer`, over Workflows `withdrawApplication`).
extension MyApplicationsPage {
    /// The reasons a talent gives for withdrawing, the first chosen by default.
    static let withdrawalReasons: [ReasonCode] = [.noLongerAvailable, .answeredOutsidePlatform, .other]

    /// The button that starts withdrawing `view`'s application; for an application whose
    /// agreement is under way, where to interrupt it instead; else nothing.
    static func withdrawal(_ view: ApplicationView, agreement: Agreement?, context: WebContext) -> HTML {
        let application = view.application
        guard view.availableActions.contains(.withdraw) else { return "—" }
        if let agreement, !agreement.status.isEnded {
            return "<a href=\"/conventions/\(agreement.id.rawValue)\">Interrompre la convention</a>"
        }
        return """
            <form method="post" action="/candidatures/\(application.id.rawValue)/retirer">
            \(WebField.hidden(context, revision: view.revision))
            <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" aria-label="Retirer ma candidature à « \(view.missionTitle) »">Retirer</button>
            </form>
            """
    }

    /// The notice shown after a withdrawal.
    static func withdrawnNotice(_ context: WebContext) -> HTML? {
        guard context.http.query["retiree"] != nil else { return nil }
        return
            "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Votre candidature est retirée.</p></div>"
    }

    /// POST `/candidatures/{id}/retirer`: without `confirmation=oui`, the page that asks to
    /// confirm and for an optional reason; with it, the withdrawal, then back to the list (303),
    /// or the confirmation page again with the error next to its field.
    static func withdraw(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = ApplicationID(raw), id.rawValue > 0 else { throw NotFoundError("application", key: raw) }
        let view = try context.workflows.application(id, by: .user(user))
        // Who may not withdraw it is refused before being asked; a state that no longer allows
        // it is said on the confirmation page.
        let stillOpen = ApplicationAction.withdraw.isAllowed(from: view.application.state.status)
        guard view.availableActions.contains(.withdraw) || !stillOpen else {
            throw ApplicationAccessError.applicantOnly(.withdraw)
        }
        guard WebConfirmation.confirmed(form) else {
            guard stillOpen else {
                return confirmation(
                    context, view: view, form: form, errors: ["page": "cette candidature ne peut plus être retirée."],
                    status: HTTPStatus(code: 409))
            }
            return confirmation(context, view: view, form: form, errors: [:])
        }
        let code = ReasonCode(rawValue: form["motif"] ?? "") ?? withdrawalReasons[0]
        let text = form["precision"].flatMap { $0.isEmpty ? nil : $0 }
        do {
            _ = try context.workflows.withdrawApplication(
                id, reason: try CodedReason(code, text: text),
                expectedRevision: form["revision"].flatMap { Int($0) }, by: .user(user))
        } catch let error as ApplicationError {
            let field: String
            switch error {
            case .reasonTextRequired, .reasonTextTooLong: field = "precision"
            default: field = "page"
            }
            return confirmation(
                context, view: view, form: form, errors: [field: FrenchMessages.application(error)],
                status: HTTPStatus(code: field == "page" ? 409 : 422))
        } catch is StaleRevisionError {
            return confirmation(
                context, view: view, form: form,
                errors: ["page": "la candidature a changé entre-temps : vérifiez-la et recommencez."],
                status: HTTPStatus(code: 409))
        }
        return WebResponse.seeOther("/mes-candidatures?retiree=1")
    }

    /// The confirmation page of a withdrawal, with the reason fields and what was typed.
    private static func confirmation(
        _ context: WebContext, view: ApplicationView, form: HTTPQuery, errors: [String: String],
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let question = "Retirer votre candidature ?"
        let reasons = withdrawalReasons.map { (value: $0.rawValue, text: $0.label) }
        let summary = WebLayout.errorSummary(
            "Le retrait n'a pas pu être enregistré", note: errors["page"],
            errors: errors["precision"].map { [(field: "precision", message: $0)] } ?? [])
        let main: HTML = """
            <h1>\(question)</h1>
            \(summary)
            <div class="fr-alert fr-alert--warning fr-mb-3w"><p>Vous retirez votre candidature à la mission « \(view.missionTitle) ». Le responsable de mission en est informé ; ce retrait est définitif.</p></div>
            <form method="post" action="\(context.http.path)" novalidate>
            \(WebField.hidden(context, revision: form["revision"].flatMap { Int($0) } ?? view.revision))
            <input type="hidden" name="\(WebConfirmation.field)" value="oui">
            \(WebField.select("motif", label: "Motif du retrait", options: reasons,
                              selected: form["motif"] ?? withdrawalReasons[0].rawValue, error: nil))
            \(WebField.textarea("precision", label: "Précision (facultative)", hint: "Obligatoire pour le motif « Autre »",
                                value: form["precision"] ?? "", error: errors["precision"]))
            <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><button class="fr-btn" type="submit">Retirer ma candidature</button></li>
            <li><a class="fr-btn fr-btn--secondary" href="/mes-candidatures">Annuler</a></li>
            </ul>
            </form>
            """
        return WebResponse.page(
            WebLayout.page(question, context: context, trail: [("Mes candidatures", "/mes-candidatures")], main: main),
            context: context, status: status)
    }
}
