import Domain
import HTML
import HTTP
import Workflows

/// Drafting the terms of an agreement (Workflows `createAgreement`, `editAgreementTerms`): the
/// mission's owner (or the operator) writes them from an accepted application at
/// `/candidatures/{id}/convention`, and may change them at `/conventions/{id}/modifier` while
/// signatures are awaited (which clears the signatures given).
enum AgreementDraftPage {
    /// GET `/candidatures/{id}/convention`: the form, or the agreement when it exists.
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let draft = try context.workflows.agreementDraft(for: try applicationID(context), by: .user(user))
        if let existing = draft.agreementID {
            return WebResponse.seeOther("/conventions/\(existing.rawValue)")
        }
        let mission = draft.mission
        let form = AgreementTermsForm(
            AgreementTerms(
                objectives: "", deliverables: "",
                hoursBudget: mission.details.effortHours, dates: mission.details.window,
                workMode: mission.details.remote ? .hybrid : .onSite))
        return page(context, application: draft.application, mission: mission, form: form, errors: [:])
    }

    /// POST `/candidatures/{id}/convention`: creates the agreement, then shows it.
    static func create(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = AgreementTermsForm(try context.form())
        let id = try applicationID(context)
        let draft = try context.workflows.agreementDraft(for: id, by: .user(user))
        do {
            let terms = try form.terms(within: draft.mission.details.window)
            let view = try context.workflows.createAgreement(from: id, terms: terms, by: .user(user))
            return WebResponse.seeOther("/conventions/\(view.agreement.id.rawValue)")
        } catch {
            guard let message = error as? EngagementMessage ?? EngagementMessage.of(error) else { throw error }
            return page(
                context, application: draft.application, mission: draft.mission, form: form,
                errors: message.errors, status: message.status)
        }
    }

    /// GET `/conventions/{id}/modifier`: the terms in force, to change.
    static func renderEdit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let view = try context.workflows.agreement(try AgreementPage.agreementID(context), by: .user(user))
        return try editPage(
            context, view: view, form: AgreementTermsForm(view.agreement.terms), revision: view.revision,
            errors: [:])
    }

    /// POST `/conventions/{id}/modifier`: replaces the terms, then shows the agreement.
    static func edit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let posted = try context.form()
        let form = AgreementTermsForm(posted)
        let id = try AgreementPage.agreementID(context)
        let revision = posted["revision"].flatMap { Int($0) }
        let view = try context.workflows.agreement(id, by: .user(user))
        do {
            let window = try context.workflows.mission(view.agreement.missionID, by: .user(user)).value.details.window
            let terms = try form.terms(within: window)
            let patch = AgreementTermsPatch(
                objectives: terms.objectives, deliverables: terms.deliverables,
                hoursBudget: terms.hoursBudget, dates: terms.dates, workMode: terms.workMode,
                conditions: terms.conditions)
            _ = try context.workflows.editAgreementTerms(id, patch, expectedRevision: revision, by: .user(user))
            return WebResponse.seeOther("/conventions/\(id.rawValue)")
        } catch {
            guard let message = error as? EngagementMessage ?? EngagementMessage.of(error) else { throw error }
            return try editPage(
                context, view: view, form: form, revision: revision ?? view.revision,
                errors: message.errors, status: message.status)
        }
    }

    private static func editPage(
        _ context: WebContext, view: AgreementView, form: AgreementTermsForm, revision: Int,
        errors: [String: String], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let agreement = view.agreement
        guard view.callerParties.contains(.owner) else {
            throw AgreementAccessError.notParty(action: "edit the terms", parties: [.owner])
        }
        let mission = try context.workflows.mission(agreement.missionID, by: .user(user)).value
        let body: HTML =
            agreement.status == .awaitingSignatures
            ? """
            <p class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">Modifier les conditions efface les signatures déjà données : chaque partie devra signer à nouveau.</p>
            <form method="post" action="/conventions/\(agreement.id.rawValue)/modifier" novalidate>
            \(WebField.hidden(context, revision: revision))
            \(form.fields(window: mission.details.window, errors: errors))
            <button class="fr-btn" type="submit">Enregistrer les modifications</button>
            </form>
            """
            : "<p>Les conditions ne se modifient plus : la convention est « \(WebFormat.status(agreement.status)) ».</p>"
        let main: HTML = """
            <h1>Modifier la convention</h1>
            <p class="meta">Mission : \(mission.details.title)</p>
            \(WebLayout.alert(errors["page"].map { "Erreur : \($0)" }, id: "page-erreur"))
            \(body)
            <p><a href="/conventions/\(agreement.id.rawValue)">Retour à la convention</a></p>
            """
        return WebResponse.page(
            WebLayout.page(
                "Modifier la convention", context: context, trail: [("Mes conventions", "/mes-conventions")], main: main
            ), context: context,
            status: status)
    }

    private static func page(
        _ context: WebContext, application: ApplicationView, mission: Mission,
        form: AgreementTermsForm, errors: [String: String],
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let id = application.application.id.rawValue
        let main: HTML = """
            <h1>Rédiger la convention</h1>
            <p class="meta">Mission : <a href="/missions/\(mission.id.rawValue)">\(mission.details.title)</a> · Candidature de \(application.applicant?.displayName ?? "")</p>
            <p>La convention fixe les conditions de la mission. Le talent, son responsable hiérarchique et vous la signerez ; l'administration du talent émettra ensuite l'ordre de mission.</p>
            \(WebLayout.alert(errors["page"].map { "Erreur : \($0)" }, id: "page-erreur"))
            \(application.application.state.status == .accepted ? termsForm(context, id: id, form: form, mission: mission, errors: errors)
                : "<p>Cette candidature n'est pas acceptée : acceptez-la avant de rédiger la convention.</p>")
            """
        return WebResponse.page(
            WebLayout.page(
                "Rédiger la convention", context: context, trail: [("Mes conventions", "/mes-conventions")], main: main),
            context: context,
            status: status)
    }

    private static func termsForm(
        _ context: WebContext, id: Int64, form: AgreementTermsForm, mission: Mission,
        errors: [String: String]
    ) -> HTML {
        """
        <form method="post" action="/candidatures/\(id)/convention" novalidate>
        \(context.csrfField)
        \(form.fields(window: mission.details.window, errors: errors))
        <button class="fr-btn" type="submit">Proposer la convention</button>
        </form>
        """
    }

    private static func applicationID(_ context: WebContext) throws -> ApplicationID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = ApplicationID(raw), id.rawValue > 0 else { throw NotFoundError("application", key: raw) }
        return id
    }
}
