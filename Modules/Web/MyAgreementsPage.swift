import Domain
import HTML
import HTTP
import Workflows

/// `/mes-conventions`: the agreements where the signed-in user is the talent, the line manager or
/// the owner, those awaiting their signature first; for an owner, the accepted applications that
/// still need their agreement drafted; for a referent, the agents of their administration whose
/// employment awaits confirmation and the signed agreements awaiting their mission order.
enum MyAgreementsPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let views = try context.workflows.agreements(by: .user(user))
        // Stable: awaiting the viewer's signature first, then the others, each oldest first.
        let ordered = views.filter(\.callerMustSign) + views.filter { !$0.callerMustSign }
        let items = ordered.map(item)
        let drafts = try toDraft(user, context: context)
        let employments = try toConfirm(user, context: context)
        let orders = try toIssue(user, context: context)
        let main: HTML = """
            <h1>Mes conventions</h1>
            <p>Les conventions où vous êtes le talent, son responsable hiérarchique ou le responsable de mission. Celles qui attendent votre signature sont en premier.</p>
            \(items.isEmpty ? "<p>Vous n'avez pas de convention.</p>" as HTML : "<ul class=\"cards\">\(HTML.joined(items))</ul>")
            \(drafts)
            \(employments)
            \(orders)
            """
        return WebResponse.page(WebLayout.page("Mes conventions", context: context, main: main), context: context)
    }

    private static func item(_ view: AgreementView) -> HTML {
        let agreement = view.agreement
        let roles = view.callerParties.map(WebFormat.party).joined(separator: ", ")
        let action: HTML =
            view.callerMustSign
            ? "<p><strong>Votre signature est attendue.</strong></p>"
            : "<p>À faire : \(AgreementPage.todo(view))</p>"
        return """
            <li class="card">
            <h2><a href="/conventions/\(agreement.id.rawValue)">\(view.missionTitle)</a></h2>
            <p>Agent : \(view.people.talent) (\(view.people.employer.acronym)) · Responsable de mission : \(view.people.owner) (\(view.people.beneficiary.acronym))</p>
            <p class="meta">Vous êtes : \(roles.isEmpty ? "référent ou opérateur" : roles) · \(WebFormat.badge(agreement.status)) · du \(WebFormat.date(agreement.terms.dates.start)) au \(WebFormat.date(agreement.terms.dates.end)) · \(agreement.terms.hoursBudget) heures</p>
            \(action)
            </li>
            """
    }

    /// The accepted applications whose agreement the user still has to draw up (Workflows
    /// `applicationsAwaitingAgreement`); nothing for a user who does not draw agreements up.
    private static func toDraft(_ user: User, context: WebContext) throws -> HTML {
        let accepted: [ApplicationView]
        do {
            accepted = try context.workflows.applicationsAwaitingAgreement(by: .user(user))
        } catch is AccessError {
            return .empty
        }
        guard !accepted.isEmpty else { return .empty }
        let items = accepted.map { view -> HTML in
            """
            <li class="card"><h3>\(view.missionTitle)</h3>
            <p class="meta">Candidature acceptée de \(view.applicant?.displayName ?? "")</p>
            <p><a href="/candidatures/\(view.application.id.rawValue)/convention">Rédiger la convention</a></p></li>
            """
        }
        return """
            <h2>Candidatures acceptées à mettre en convention</h2>
            <ul class="cards">\(HTML.joined(items))</ul>
            """
    }

    /// For a referent: the agents who name their administration (or one below it) as employer and
    /// wait for its confirmation, each with a button that confirms it.
    private static func toConfirm(_ user: User, context: WebContext) throws -> HTML {
        guard user.has(.referent) else { return .empty }
        let items = try context.workflows.employmentsToConfirm(by: .user(user)).map { item -> HTML in
            """
            <li class="card"><h3>\(item.user.displayName)</h3>
            <p class="meta">Déclare travailler à : \(item.employer.name)</p>
            <form method="post" action="/agents/\(item.talent.id.rawValue)/confirmer-emploi">\(context.csrfField)
            <input type="hidden" name="revision" value="\(item.revision)">
            <button class="fr-btn" type="submit">Confirmer l'emploi de \(item.user.displayName)</button></form></li>
            """
        }
        return """
            <h2 id="emplois">Emplois à confirmer</h2>
            <p>Les agents qui déclarent travailler dans votre administration (ou dans une administration qui en relève). Une convention ne se rédige qu'une fois leur emploi confirmé : c'est leur administration qui émet l'ordre de mission et reçoit les crédits.</p>
            \(items.isEmpty ? "<p>Aucun emploi n'attend de confirmation.</p>" as HTML : "<ul class=\"cards\">\(HTML.joined(items))</ul>")
            """
    }

    /// Confirms the employment of the talent in the path (a referent), then shows the list again.
    static func confirmEmployment(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = TalentID(raw), id.rawValue > 0 else { throw NotFoundError("talent", key: raw) }
        do {
            _ = try context.workflows.confirmEmployment(
                of: id, expectedRevision: form["revision"].flatMap { Int($0) },
                by: .user(user))
        } catch let error where error is TalentError || EngagementMessage.of(error) != nil {
            // Confirmed or changed meanwhile: the list shows where it stands now.
        }
        return WebResponse.seeOther("/mes-conventions#emplois")
    }

    /// For a referent: the signed agreements of their administration without a mission order in force.
    private static func toIssue(_ user: User, context: WebContext) throws -> HTML {
        guard user.has(.referent) else { return .empty }
        let pending = try context.workflows.missionOrdersToIssue(by: .user(user))
        let items = pending.map { view -> HTML in
            let agreement = view.agreement
            return """
                <li class="card"><h3><a href="/conventions/\(agreement.id.rawValue)">\(view.missionTitle)</a></h3>
                <p>Agent : \(view.people.talent), \(WebFormat.administration(view.people.employer)) · pour \(WebFormat.administration(view.people.beneficiary))</p>
                <p class="meta">Signée le \(agreement.signedAt.map(WebFormat.instant) ?? "") · du \(WebFormat.date(agreement.terms.dates.start)) au \(WebFormat.date(agreement.terms.dates.end))</p></li>
                """
        }
        return """
            <h2>Ordres de mission à émettre</h2>
            <p>Les conventions signées des agents de votre administration (ou d'une administration qui en relève) qui attendent leur ordre de mission.</p>
            \(items.isEmpty ? "<p>Aucune convention n'attend d'ordre de mission.</p>" as HTML : "<ul class=\"cards\">\(HTML.joined(items))</ul>")
            """
    }
}
