import Domain
import Gamification
import HTML
import HTTP
import Workflows

/// The operator's corrective actions, each with a required reason and a confirmation:
/// `/console/candidatures` (the declined applications) and `/console/candidatures/{id}`, which
/// reopens one declined by mistake; `/console/diplomes` (found by holder and mission) and
/// `/console/diplomes/{id}`, which revokes one. The use cases refuse anybody but the operator.
enum CorrectionsPage {
    static let applicationsPath = "/console/candidatures"
    static let diplomasPath = "/console/diplomes"
    static let pageSize = WebPagination.pageSize

    // MARK: Applications

    /// `GET /console/candidatures`: the declined applications, which the operator may reopen.
    static func applications(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        func declined(after cursor: String?) throws -> ApplicationPage {
            try context.workflows.declinedApplications(after: cursor, limit: pageSize, by: .user(user))
        }
        let page = try (try? declined(after: context.http.query["suite"])) ?? declined(after: nil)
        let rows = page.items.map { view -> HTML in
            """
            <tr><td><a href="\(applicationsPath)/\(view.application.id.rawValue)">\(view.missionTitle)</a></td>
            <td>\(view.applicant?.displayName ?? "—")</td>
            <td>\(WebFormat.instant(view.application.submittedAt))</td></tr>
            """
        }
        let next: HTML? = page.nextCursor.map {
            "<p><a class=\"fr-link\" href=\"\(URLQuery.link(applicationsPath, [("suite", $0)]))\" rel=\"next\">Candidatures suivantes</a></p>"
        }
        let main: HTML = """
            <h1>Candidatures déclinées</h1>
            <p>Une candidature déclinée par erreur peut être rouverte : elle attend de nouveau la réponse du responsable de mission.</p>
            \(page.items.isEmpty ? "<p>Aucune candidature n'est déclinée.</p>" as HTML : WebLayout.table("Candidatures déclinées", columns: ["Mission", "Candidat", "Envoyée le"], rows: rows))
            \(next)
            """
        return WebResponse.page(
            WebLayout.page(
                "Candidatures déclinées", context: context, trail: [("Console", ConsolePage.path)], main: main),
            context: context)
    }

    /// `GET /console/candidatures/{id}`: the application and the form that reopens it.
    static func application(_ context: WebContext) throws -> HTTPResponse {
        try application(context, reason: "", error: nil, status: .ok)
    }

    private static func application(
        _ context: WebContext, reason: String, error: String?, status: HTTPStatus
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try applicationID(context)
        // Only the operator corrects: a reading right alone (the owner, the talent) is not enough.
        let view = try context.workflows.applicationToCorrect(id, by: .user(user))
        let application = view.application
        let form: HTML =
            application.state.status == .declined
            ? """
            <h2>Rouvrir la candidature</h2>
            <form method="post" action="\(applicationsPath)/\(id.rawValue)/rouvrir">
            \(WebField.hidden(context, revision: view.revision))
            \(WebField.textarea("motif", label: "Motif de la réouverture", hint: "Obligatoire ; il est conservé avec la candidature.", value: reason, error: error, required: true))
            <button class="fr-btn" type="submit">Rouvrir</button>
            </form>
            """
            : "<p>Seule une candidature déclinée peut être rouverte.</p>"
        let title = "Candidature de \(view.applicant?.displayName ?? "un talent")"
        let main: HTML = """
            <h1>\(title)</h1>
            <ul>
            <li>Mission : <a href="/missions/\(application.missionID.rawValue)">\(view.missionTitle)</a></li>
            <li>Envoyée le \(WebFormat.instant(application.submittedAt))</li>
            <li>Statut : \(WebFormat.status(application.state.status))</li>
            </ul>
            \(form)
            """
        return WebResponse.page(
            WebLayout.page(
                title, context: context,
                trail: [("Console", ConsolePage.path), ("Candidatures déclinées", applicationsPath)], main: main),
            context: context, status: status)
    }

    /// `POST /console/candidatures/{id}/rouvrir`: after a confirmation, reopens it.
    static func reopen(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try applicationID(context)
        let reason = form["motif"] ?? ""
        guard !reason.trimmingWhitespace().isEmpty else {
            return try application(
                context, reason: reason, error: "indiquez le motif de la réouverture.", status: .init(code: 422))
        }
        if !WebConfirmation.confirmed(form) {
            let view = try context.workflows.applicationToCorrect(id, by: .user(user))
            return WebConfirmation.page(
                context, form: form,
                question: "Rouvrir la candidature de \(view.applicant?.displayName ?? "ce talent") ?",
                consequence:
                    "La candidature à « \(view.missionTitle) » attendra de nouveau la réponse du responsable de mission ; le motif est conservé.",
                confirm: "Rouvrir la candidature", back: "\(applicationsPath)/\(id.rawValue)")
        }
        do {
            _ = try context.workflows.reopenApplication(
                id, reason: reason, expectedRevision: form["revision"].flatMap { Int($0) }, by: .user(user))
        } catch let error as ApplicationError {
            return try application(
                context, reason: reason, error: FrenchMessages.application(error), status: .init(code: 422))
        } catch is StaleRevisionError {
            return try application(
                context, reason: reason, error: "la candidature a changé entre-temps : vérifiez-la et recommencez.",
                status: .init(code: 409))
        }
        return WebResponse.seeOther("\(applicationsPath)/\(id.rawValue)")
    }

    private static func applicationID(_ context: WebContext) throws -> ApplicationID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = ApplicationID(raw), id.rawValue > 0 else { throw NotFoundError("application", key: raw) }
        return id
    }

    // MARK: Diplomas

    /// `GET /console/diplomes`: the diplomas found by holder and mission, twenty a page.
    static func diplomas(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let query = context.http.query
        let holder = query["titulaire"] ?? ""
        let mission = query["mission"] ?? ""
        let page = min(WebPagination.pageNumber(context), 100_000)  // no overflow of the offset below
        let found = try context.workflows.diplomas(
            holder: holder, mission: mission, limit: pageSize, offset: (page - 1) * pageSize, by: .user(user))
        let rows = found.diplomas.map { stored -> HTML in
            let diploma = stored.value
            return """
                <tr><td><a href="\(diplomasPath)/\(diploma.publicID)">\(diploma.recipientName)</a></td>
                <td>\(diploma.evidence.title)</td>
                <td>\(WebFormat.instant(diploma.issuedAt))</td>
                <td>\(diploma.isRevoked ? WebLayout.badge("Révoqué", .error) : WebLayout.badge("Valide", .success))</td></tr>
                """
        }
        let link = { (number: Int) in
            URLQuery.link(diplomasPath, [("titulaire", holder), ("mission", mission), ("page", String(number))])
        }
        let main: HTML = """
            <h1>Diplômes</h1>
            <p>Trouvez un diplôme par son titulaire ou sa mission ; ouvrez-le pour le révoquer.</p>
            <form method="get" action="\(diplomasPath)" class="fr-mb-3w">
            <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Rechercher</legend>
            \(WebField.input("titulaire", label: "Titulaire (nom ou adresse)", value: holder, error: nil))
            \(WebField.input("mission", label: "Mission", value: mission, error: nil))
            <button class="fr-btn" type="submit">Rechercher</button>
            </fieldset>
            </form>
            <p>\(found.total) diplôme\(found.total > 1 ? "s" : "") trouvé\(found.total > 1 ? "s" : "").</p>
            \(found.diplomas.isEmpty ? "<p>Aucun diplôme ne correspond à la recherche.</p>" as HTML : WebLayout.table("Diplômes trouvés, page \(page)", columns: ["Titulaire", "Mission", "Délivré le", "État"], rows: rows))
            \(WebPagination.numbered(current: page, count: WebPagination.pageCount(found.total), href: link))
            """
        return WebResponse.page(
            WebLayout.page("Diplômes", context: context, trail: [("Console", ConsolePage.path)], main: main),
            context: context)
    }

    /// `GET /console/diplomes/{id}`: the diploma and the form that revokes it.
    static func diploma(_ context: WebContext) throws -> HTTPResponse {
        try diploma(context, reason: "", error: nil, status: .ok)
    }

    private static func diploma(
        _ context: WebContext, reason: String, error: String?, status: HTTPStatus
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let publicID = context.http.parameters["id"] ?? ""
        let stored = try context.workflows.diplomaToRevoke(publicID, by: .user(user))
        let diploma = stored.value
        let form: HTML =
            diploma.isRevoked
            ? "<p>Ce diplôme a été révoqué le \(diploma.revokedAt.map(WebFormat.instant) ?? "—") : « \(diploma.revocationReason ?? "") ».</p>"
            : """
            <h2>Révoquer le diplôme</h2>
            <form method="post" action="\(diplomasPath)/\(publicID)/revoquer">
            \(WebField.hidden(context, revision: stored.revision))
            \(WebField.textarea("motif", label: "Motif de la révocation", hint: "Obligatoire ; la page de vérification du diplôme le montre.", value: reason, error: error, required: true))
            <button class="fr-btn" type="submit">Révoquer</button>
            </form>
            """
        let title = "Diplôme de \(diploma.recipientName)"
        let main: HTML = """
            <h1>\(title)</h1>
            <ul>
            <li>Mission : \(diploma.evidence.title) (\(diploma.evidence.beneficiary))</li>
            <li>Délivré le \(WebFormat.instant(diploma.issuedAt))</li>
            <li>État : \(diploma.isRevoked ? WebLayout.badge("Révoqué", .error) : WebLayout.badge("Valide", .success))</li>
            <li><a href="/badges/assertions/\(publicID)/verification">Page de vérification publique</a></li>
            </ul>
            \(form)
            """
        return WebResponse.page(
            WebLayout.page(
                title, context: context, trail: [("Console", ConsolePage.path), ("Diplômes", diplomasPath)], main: main),
            context: context, status: status)
    }

    /// `POST /console/diplomes/{id}/revoquer`: after a confirmation, revokes it for good.
    static func revoke(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let publicID = context.http.parameters["id"] ?? ""
        let reason = form["motif"] ?? ""
        guard !reason.trimmingWhitespace().isEmpty else {
            return try diploma(
                context, reason: reason, error: "indiquez le motif de la révocation.", status: .init(code: 422))
        }
        if !WebConfirmation.confirmed(form) {
            let stored = try context.workflows.diplomaToRevoke(publicID, by: .user(user))
            return WebConfirmation.page(
                context, form: form, question: "Révoquer le diplôme de \(stored.value.recipientName) ?",
                consequence:
                    "La révocation est définitive : la vérification du diplôme répondra qu'il est révoqué, avec le motif.",
                confirm: "Révoquer le diplôme", back: "\(diplomasPath)/\(publicID)")
        }
        do {
            _ = try context.workflows.revokeBadge(
                publicID, reason: reason, expectedRevision: form["revision"].flatMap { Int($0) }, by: .user(user))
        } catch let error as BadgeError {
            let message =
                switch error {
                case .alreadyRevoked: "ce diplôme est déjà révoqué."
                case .reasonRequired: "indiquez le motif de la révocation."
                case .reasonTooLong(let count):
                    "le motif compte \(count) caractères : \(BadgeError.maximumReasonLength) au plus."
                }
            return try diploma(context, reason: reason, error: message, status: .init(code: 422))
        } catch is StaleRevisionError {
            return try diploma(
                context, reason: reason, error: "le diplôme a changé entre-temps : vérifiez-le et recommencez.",
                status: .init(code: 409))
        }
        return WebResponse.seeOther("\(diplomasPath)/\(publicID)")
    }
}
