import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/conventions/{id}`: the agreement as one party reads it — its terms, the three signatures,
/// what the viewer has to do — with the forms of the actions open to them: sign
/// (`/conventions/{id}/signer`), refuse for service needs (the line manager,
/// `/conventions/{id}/refuser`), issue the mission order (a referent), declare the mission
/// completed and leave feedback (see `AgreementPage+Sections`). Rights are the use cases'.
enum AgreementPage {
    static func render(
        _ context: WebContext, errors: [String: String] = [:], values: [String: String] = [:],
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let view = try context.workflows.agreement(try agreementID(context), by: .user(user))
        let agreement = view.agreement
        let title = view.missionTitle
        let main: HTML = """
            <h1>Convention de mission</h1>
            <p class="meta">Mission : <a href="/missions/\(agreement.missionID.rawValue)">\(title)</a> · État : \(WebFormat.badge(agreement.status))</p>
            \(WebLayout.alert(errors["page"].map { "Erreur : \($0)" }, id: "page-erreur"))
            <div class="fr-callout fr-mb-3w"><h2 class="fr-callout__title">Ce que vous avez à faire</h2><p class="fr-callout__text">\(todo(view))</p></div>
            <h2>Parties</h2>
            \(parties(view.people))
            <h2>Conditions</h2>
            \(terms(agreement))
            \(AgendaDownloads.link(WebPaths.agreementCalendar(agreement.id.rawValue), label: "Ajouter les dates de la mission à mon agenda (.ics)"))
            \(editLink(view))
            <h2>Signatures</h2>
            <ul>\(each: AgreementParty.allCases, { signature(of: $0, in: agreement, people: view.people) })</ul>
            \(signatureForms(view, context: context, errors: errors, values: values))
            \(partiesForm(view, context: context))
            \(orderSection(view, context: context, errors: errors, values: values))
            \(timeSection(view))
            \(outcomeSection(view, context: context, errors: errors, values: values))
            \(interruptionSection(view, context: context, errors: errors, values: values))
            """
        return WebResponse.page(
            WebLayout.page(
                "Convention de mission", context: context, trail: [("Mes conventions", "/mes-conventions")], main: main),
            context: context,
            status: status)
    }

    /// POST `/conventions/{id}/signer`: the caller signs for every side they stand for.
    static func sign(_ context: WebContext) throws -> HTTPResponse {
        try change(context) { user, form, id, revision in
            _ = try context.workflows.signAgreement(id, expectedRevision: revision, by: .user(user))
            return nil
        }
    }

    /// POST `/conventions/{id}/parties`: the talent, the owner or the operator fixes the parties
    /// again from the talent's profile (a new line manager or a newly confirmed employer), which
    /// clears the signatures.
    static func refreshParties(_ context: WebContext) throws -> HTTPResponse {
        try change(context) { user, _, id, revision in
            _ = try context.workflows.refreshAgreementParties(id, expectedRevision: revision, by: .user(user))
            return nil
        }
    }

    /// While signatures are awaited, for whom the use case allows it: take the profile's line
    /// manager and confirmed employer again.
    private static func partiesForm(_ view: AgreementView, context: WebContext) -> HTML {
        guard view.availableActions.contains(.changeParties) else { return .empty }
        return """
            <form method="post" action="/conventions/\(view.agreement.id.rawValue)/parties">
            \(WebField.hidden(context, revision: view.revision))
            <p>La convention engage le responsable hiérarchique et l'administration fixés à sa rédaction. Si le profil de l'agent en désigne d'autres depuis, reprenez-les : les signatures déjà données seront effacées.</p>
            <button class="fr-btn fr-btn--secondary" type="submit">Reprendre les parties du profil de l'agent</button>
            </form>
            """
    }

    /// POST `/conventions/{id}/refuser`: the line manager refuses for service needs (`motif-refus`),
    /// once confirmed.
    static func refuse(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        guard WebConfirmation.confirmed(form) else {
            return try confirmation(
                context, .refuse, form: form, question: "Refuser la convention ?",
                consequence:
                    "Le refus met fin à la convention ; le talent et le responsable de mission verront votre motif. Ce refus est définitif.",
                confirm: "Refuser la convention")
        }
        return try change(context) { user, form, id, revision in
            _ = try context.workflows.refuseAgreement(
                id, reason: form["motif-refus"] ?? "", expectedRevision: revision,
                by: .user(user))
            return nil
        }
    }

    /// The confirmation step of `action`, shown only to a viewer the agreement offers it to
    /// (Workflows' ``AgreementView/availableActions``): anyone else is refused before being asked.
    static func confirmation(
        _ context: WebContext, _ action: AgreementAction, form: HTTPQuery, question: String, consequence: String,
        confirm: String
    ) throws -> HTTPResponse {
        let id = try agreementID(context)
        let view = try context.workflows.agreement(id, by: .user(try context.signedInUser()))
        guard view.availableActions.contains(action) else { throw AccessError.notOwner(action: action.rawValue) }
        return WebConfirmation.page(
            context, form: form, question: question, consequence: consequence, confirm: confirm,
            back: "/conventions/\(id.rawValue)")
    }

    /// Runs one action posted from the page, then back to it (303) or to the place it names, or
    /// shows the page again with the refusal next to its field and the values typed.
    static func change(
        _ context: WebContext,
        _ action: (User, HTTPQuery, AgreementID, Int?) throws -> String?
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try agreementID(context)
        do {
            let location = try action(user, form, id, form["revision"].flatMap { Int($0) })
            return WebResponse.seeOther(location ?? "/conventions/\(id.rawValue)")
        } catch {
            guard let message = error as? EngagementMessage ?? EngagementMessage.of(error) else { throw error }
            var values: [String: String] = [:]
            for (name, value) in form where name != "csrf" { values[name] = value }
            return try render(context, errors: message.errors, values: values, status: message.status)
        }
    }

    /// What the viewer has to do now (Workflows' ``AgreementView/nextStep``), in French.
    static func todo(_ view: AgreementView) -> String {
        let awaited = view.agreement.awaitingSignatures.map(WebFormat.party).joined(separator: ", ")
        switch view.nextStep {
        case .sign:
            return "Lisez les conditions ci-dessous, puis signez la convention."
                + (view.availableActions.contains(.refuse)
                    ? " Vous pouvez aussi la refuser pour nécessité de service, en indiquant le motif." : "")
        case .awaitSignatures: return "Rien : la convention attend les signatures (\(awaited))."
        case .awaitOtherSignatures: return "Rien pour l'instant : vous avez signé. Signatures attendues : \(awaited)."
        case .issueMissionOrder: return "Émettez l'ordre de mission : la convention est signée par les trois parties."
        case .awaitMissionOrder:
            return
                "Rien pour l'instant : l'ordre de mission doit être émis par un référent de l'administration du talent."
        case .reportTime: return "Déclarez votre temps au fil de la mission, dans la limite du volume d'heures."
        case .validateTime:
            return "Validez ou rejetez le temps déclaré ; déclarez la mission terminée une fois les livrables remis."
        case .awaitCompletion: return "Rien : la mission est en cours."
        case .giveFeedback: return "Donnez votre avis sur la mission."
        case .closed: return "Rien : la convention est close."
        case .refused: return "Rien : la convention a été refusée."
        }
    }

    private static func terms(_ agreement: Agreement) -> HTML {
        let terms = agreement.terms
        return """
            <dl class="terms">
            <dt>Objectifs</dt><dd>\(terms.objectives)</dd>
            <dt>Livrables</dt><dd>\(terms.deliverables)</dd>
            <dt>Volume d'heures</dt><dd>\(terms.hoursBudget) heures</dd>
            <dt>Dates</dt><dd>du \(WebFormat.date(terms.dates.start)) au \(WebFormat.date(terms.dates.end))</dd>
            <dt>Modalité</dt><dd>\(WebFormat.workMode(terms.workMode))</dd>
            <dt>Conditions pratiques</dt><dd>\(terms.conditions.isEmpty ? "Aucune" : terms.conditions)</dd>
            </dl>
            """
    }

    private static func editLink(_ view: AgreementView) -> HTML {
        guard view.availableActions.contains(.editTerms) else { return .empty }
        return
            "<p><a href=\"/conventions/\(view.agreement.id.rawValue)/modifier\">Modifier les conditions</a> (les signatures données seront effacées)</p>"
    }

    /// The agent and their line manager on the employer's side, the owner on the beneficiary's.
    static func parties(_ people: AgreementPeople) -> HTML {
        """
        <dl class="terms">
        <dt>Agent (talent)</dt><dd>\(people.talent), \(WebFormat.administration(people.employer))</dd>
        <dt>Responsable hiérarchique</dt><dd>\(people.lineManager ?? "non désigné")</dd>
        <dt>Administration d'emploi</dt><dd>\(WebFormat.administration(people.employer)), qui émet l'ordre de mission</dd>
        <dt>Responsable de mission</dt><dd>\(people.owner)</dd>
        <dt>Administration bénéficiaire</dt><dd>\(WebFormat.administration(people.beneficiary))</dd>
        </dl>
        """
    }

    private static func signature(of party: AgreementParty, in agreement: Agreement, people: AgreementPeople) -> HTML {
        let state: String
        if let signed = agreement.signature(of: party) {
            state = "signée le \(WebFormat.instant(signed))"
        } else if agreement.status == .refused, party == .lineManager {
            state = "refusée le \(agreement.endedAt.map(WebFormat.instant) ?? "")"
        } else {
            state = agreement.status == .awaitingSignatures ? "en attente de signature" : "non signée"
        }
        let name = people.name(of: party).map { " (\($0))" } ?? ""
        return "<li><strong>\(WebFormat.party(party))\(name)</strong> : \(state)</li>"
    }

    private static func signatureForms(
        _ view: AgreementView, context: WebContext, errors: [String: String],
        values: [String: String]
    ) -> HTML {
        let agreement = view.agreement
        let id = agreement.id.rawValue
        if agreement.status == .refused {
            return "<p>Motif du refus : \(agreement.endReason ?? "")</p>"
        }
        guard view.availableActions.contains(.sign) else { return .empty }
        let hidden = WebField.hidden(context, revision: view.revision)
        // The line manager, who has not signed yet, may refuse instead.
        let refuse: HTML =
            view.availableActions.contains(.refuse)
            ? """
            <h3>Refuser pour nécessité de service</h3>
            <form method="post" action="/conventions/\(id)/refuser" novalidate>
            \(hidden)
            \(WebField.textarea("motif-refus", label: "Motif du refus",
                                  hint: "Le refus met fin à la convention ; le talent et le responsable de mission verront ce motif.",
                                  value: values["motif-refus"] ?? "", error: errors["motif-refus"], required: true))
            <button class="fr-btn fr-btn--secondary" type="submit">Refuser la convention</button>
            </form>
            """
            : .empty
        return """
            <form method="post" action="/conventions/\(id)/signer">
            \(hidden)
            <button class="fr-btn" type="submit">Signer la convention</button>
            </form>
            \(refuse)
            """
    }

    static func agreementID(_ context: WebContext) throws -> AgreementID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = AgreementID(raw), id.rawValue > 0 else { throw NotFoundError("agreement", key: raw) }
        return id
    }
}
