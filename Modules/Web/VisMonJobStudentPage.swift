import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/vis-mon-job/binome?jeton=…`: the student's private page, reached by the link given at
/// registration (the token is the only key; Workflows `studentRegistration`, `studentPair`).
/// Before the pairing it shows the registration and lets the student change it
/// (`/vis-mon-job/binome/modifier`, Workflows `updateStudent`) or withdraw it
/// (`/vis-mon-job/binome/retrait`); once pairs are published, the ambassador, the day, why
/// this pair, what to prepare, and another date to propose (`/vis-mon-job/binome/date`) or
/// accept (`/vis-mon-job/binome/date/accepter`), and from the day on their feedback
/// (`/vis-mon-job/binome/avis`). A student sees only their own pair and
/// their ambassador's contact, as the use case gives them.
enum VisMonJobStudentPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let (token, student) = try VisMonJobWeb.student(context.workflows, token: context.http.query["jeton"])
        return try page(context, token: token, student: student, error: nil)
    }

    /// POST `/vis-mon-job/binome/modifier` (`jeton`, `revision` and the registration's fields):
    /// replaces the registration while the edition is open, then back to the private page; a
    /// refused form comes back filled in with French errors by field (422).
    static func update(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        let (token, student) = try VisMonJobWeb.student(context.workflows, token: form["jeton"])
        let fields =
            ["email", "ecole", "niveau", "departements"] + VisMonJobPage.wishFields + VisMonJobPage.administrationFields
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0] ?? "") })
        var errors: [String: String] = [:]
        let parsed = try VisMonJobPage.parse(values, errors: &errors)
        guard let parsed, errors.isEmpty else {
            return try page(
                context, token: token, student: student, error: nil, edit: (values, errors),
                status: HTTPStatus(code: 422))
        }
        do {
            _ = try context.workflows.updateStudent(
                token: token, parsed.value, expectedRevision: Int(form["revision"] ?? ""))
            return WebResponse.seeOther(VisMonJobWeb.privateLink(token) + "#inscription")
        } catch let error as VisMonJobError {
            if let field = VisMonJobPage.fieldID(error.field, registration: parsed) {
                errors[field] = FrenchMessages.visMonJob(error)
                return try page(
                    context, token: token, student: student, error: nil, edit: (values, errors),
                    status: HTTPStatus(code: 422))
            }
            return try page(
                context, token: token, student: student, error: FrenchMessages.visMonJob(error),
                edit: (values, [:]), status: HTTPStatus(code: error.kind == .conflict ? 409 : 422))
        } catch is StaleRevisionError {
            return try page(
                context, token: token, student: student, error: stale, edit: (values, [:]),
                status: HTTPStatus(code: 409))
        } catch let error as NotFoundError where error.field != nil {
            // A preferred administration that does not exist (a forged form).
            errors[VisMonJobPage.fieldID(error.field, registration: parsed) ?? "administration-1"] =
                "choisissez une administration de la liste."
            return try page(
                context, token: token, student: student, error: nil, edit: (values, errors),
                status: HTTPStatus(code: 422))
        }
    }

    /// The form's values of a stored registration.
    private static func values(of registration: StudentRegistration) -> VisMonJobPage.Values {
        var values = [
            "email": registration.email.value, "ecole": registration.school, "niveau": registration.level.rawValue,
            "departements": registration.departements.map(\.code).joined(separator: ", ")
        ]
        for (field, wish) in zip(VisMonJobPage.wishFields, registration.wishes) { values[field] = wish.rawValue }
        for (field, id) in zip(VisMonJobPage.administrationFields, registration.administrations) {
            values[field] = String(id.rawValue)
        }
        return values
    }

    /// POST `/vis-mon-job/binome/retrait`: erases the registration (edition open only).
    static func withdraw(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        let (token, student) = try VisMonJobWeb.student(context.workflows, token: form["jeton"])
        guard WebConfirmation.confirmed(form) else {
            return WebConfirmation.page(
                context, form: form, question: "Retirer votre inscription ?",
                consequence:
                    "Votre inscription à Vis mon job sera retirée et vos données effacées ; votre lien personnel ne fonctionnera plus. Ce retrait est définitif.",
                confirm: "Retirer mon inscription", back: "/vis-mon-job/binome?jeton=\(token)")
        }
        do {
            try context.workflows.withdrawStudent(token: token, expectedRevision: Int(form["revision"] ?? ""))
            return WebResponse.seeOther("/vis-mon-job/inscription-retiree")
        } catch let error as VisMonJobError {
            return try page(
                context, token: token, student: student, error: FrenchMessages.visMonJob(error),
                status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            return try page(context, token: token, student: student, error: stale, status: HTTPStatus(code: 409))
        }
    }

    /// GET `/vis-mon-job/inscription-retiree`.
    static func withdrawn(_ context: WebContext) -> HTTPResponse {
        let main: HTML = """
            <h1>Inscription retirée</h1>
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status"><p>Votre inscription est retirée et vos données sont effacées. Votre lien personnel ne fonctionne plus.</p></div>
            <p><a href="/vis-mon-job">Revenir à Vis mon job</a></p>
            """
        return WebResponse.page(WebLayout.page("Inscription retirée", context: context, main: main), context: context)
    }

    /// POST `/vis-mon-job/binome/date` (`date`) and `/vis-mon-job/binome/date/accepter`.
    static func changeDate(_ context: WebContext, accept: Bool) throws -> HTTPResponse {
        try change(context) { token, form, forms in
            let revision = Int(form["revision"] ?? "")
            if accept { return try context.workflows.acceptDate(token: token, expectedRevision: revision) }
            guard let date = WebFormat.parseDate(form["date"] ?? "") else {
                forms.dateError = "indiquez une date, par exemple 20/11/2026."
                return nil
            }
            return try context.workflows.proposeDate(date, token: token, expectedRevision: revision)
        }
    }

    /// POST `/vis-mon-job/binome/avis` (`note`, `commentaire`), from the pair's day on.
    static func leaveFeedback(_ context: WebContext) throws -> HTTPResponse {
        try change(context) { token, form, forms in
            guard let feedback = VisMonJobWeb.feedback(from: form, forms: &forms) else { return nil }
            return try context.workflows.leaveFeedback(feedback, token: token)
        }
    }

    /// One change of the student's pair: back to the page (303), or the page with the refusal
    /// (422 tied to a field, 409 otherwise). `apply` returns nil when the form itself is refused.
    private static func change(
        _ context: WebContext,
        _ apply: (String, HTTPQuery, inout VisMonJobWeb.PairForms) throws -> PairDetails?
    )
        throws -> HTTPResponse
    {
        let form = try context.form()
        let (token, student) = try VisMonJobWeb.student(context.workflows, token: form["jeton"])
        var forms = VisMonJobWeb.PairForms()
        do {
            guard try apply(token, form, &forms) != nil else {
                return try page(
                    context, token: token, student: student, error: nil, forms: forms,
                    status: HTTPStatus(code: 422))
            }
            return WebResponse.seeOther(VisMonJobWeb.privateLink(token))
        } catch let error as VisMonJobError {
            if VisMonJobWeb.tie(error, to: &forms) {
                return try page(
                    context, token: token, student: student, error: nil, forms: forms,
                    status: HTTPStatus(code: 422))
            }
            return try page(
                context, token: token, student: student, error: FrenchMessages.visMonJob(error), forms: forms,
                status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            return try page(
                context, token: token, student: student, error: stale, forms: forms,
                status: HTTPStatus(code: 409))
        }
    }

    private static let stale = "votre binôme a changé entre-temps : relisez la page et recommencez."

    private static func page(
        _ context: WebContext, token: String, student: Versioned<Student>, error: String?,
        forms: VisMonJobWeb.PairForms = .init(),
        edit: (values: VisMonJobPage.Values, errors: [String: String])? = nil, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let edition = try context.workflows.edition(student.value.editionID).value
        let hidden: HTML = "\(context.csrfField)<input type=\"hidden\" name=\"jeton\" value=\"\(token)\">"
        let body: HTML
        switch edition.state {
        case .open:
            body = """
                <p>Votre inscription à \(edition.name) est enregistrée. Les inscriptions ferment le \(WebFormat.date(edition.registrationCloses)) ; les binômes sont publiés ensuite et vous en êtes averti par courriel.</p>
                \(registration(student.value.registration, context: context))
                <h2 id="modifier">Modifier mon inscription</h2>
                <p>Jusqu'à la clôture des inscriptions, vous pouvez modifier votre inscription.</p>
                \(WebLayout.alert(edit?.errors.isEmpty == false ? "Le formulaire contient des erreurs : corrigez les champs signalés ci-dessous." : nil))
                <form method="post" action="/vis-mon-job/binome/modifier" novalidate>\(hidden)<input type="hidden" name="revision" value="\(student.revision)">
                \(try VisMonJobPage.registrationFields(context, values: edit?.values ?? values(of: student.value.registration), errors: edit?.errors ?? [:]))
                <button class="fr-btn" type="submit">Enregistrer les modifications</button></form>
                <h2>Retirer mon inscription</h2>
                <p>Jusqu'à la clôture des inscriptions, vous pouvez retirer votre inscription : vos données sont alors effacées.</p>
                <form method="post" action="/vis-mon-job/binome/retrait">\(hidden)<input type="hidden" name="revision" value="\(student.revision)">
                <button class="fr-btn fr-btn--secondary" type="submit">Retirer mon inscription</button></form>
                """
        case .matching:
            body = """
                <p>Les inscriptions à \(edition.name) sont closes : l'équipe du programme forme les binômes. Vous recevrez un courriel à leur publication ; revenez alors sur cette page.</p>
                \(registration(student.value.registration, context: context))
                """
        case .paired, .done:
            do {
                let pair = try context.workflows.studentPair(token: token)
                body =
                    pairSection(pair, edition: edition, token: token, hidden: hidden, forms: forms, context: context)
                    + registration(student.value.registration, context: context)
            } catch is NotFoundError {
                let reason: HTML? = student.value.unmatchedReason.map { "<p>Raison : \($0.label)</p>" }
                body = """
                    <p>Aucun binôme n'a pu être formé pour vous dans \(edition.name). Nous en sommes désolés : tentez votre chance à la prochaine édition.</p>
                    \(reason)
                    """
            }
        }
        let main: HTML = """
            <h1>Mon binôme Vis mon job</h1>
            \(WebLayout.alert(error))
            \(body)
            """
        return VisMonJobWeb.privatePage("Mon binôme Vis mon job", context: context, main: main, status: status)
    }

    private static func pairSection(
        _ details: PairDetails, edition: Edition, token: String, hidden: HTML,
        forms: VisMonJobWeb.PairForms, context: WebContext
    ) -> HTML {
        let pair = details.pair.value
        let today = context.workflows.clock.now.utcDate
        let dates = VisMonJobWeb.dateSection(
            details.pair, side: .student, edition: edition, today: today,
            action: "/vis-mon-job/binome/date", hidden: hidden, error: forms.dateError)
        let feedback = VisMonJobWeb.feedbackSection(
            details, side: .student, edition: edition, today: today,
            action: "/vis-mon-job/binome/avis", hidden: hidden, forms: forms)
        let ambassador: HTML
        if let contact = details.ambassador {
            ambassador = """
                <dl>
                <dt>Nom</dt><dd>\(contact.name)</dd>
                <dt>Métier</dt><dd>\(contact.jobFamily.label)</dd>
                <dt>Administration</dt><dd>\(contact.administration)</dd>
                <dt>Lieu</dt><dd>\(contact.city) (\(contact.departement.code))</dd>
                <dt>Adresse électronique</dt><dd><a href="mailto:\(contact.email.value)">\(contact.email.value)</a></dd>
                </dl>
                <p>\(contact.description)</p>
                """
        } else {
            ambassador = .empty
        }
        let done: HTML? =
            pair.status == .done ? "<p><strong>Journée effectuée.</strong> Merci d'avoir participé !</p>" : nil
        return """
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status"><p>Votre journée Vis mon job : le <strong>\(WebFormat.date(details.day))</strong>.</p></div>
            \(AgendaDownloads.link("/vis-mon-job/binome/journee.ics?jeton=\(WebPaths.percentEncoded(token))"))
            \(done)
            <h2>Votre ambassadeur ou ambassadrice</h2>
            \(ambassador)
            <h2>Pourquoi ce binôme</h2>
            <p>\(details.explanation)</p>
            <h2>Préparer la journée</h2>
            <ul>
            <li>Écrivez à votre ambassadeur ou ambassadrice pour convenir de l'heure et du lieu du rendez-vous.</li>
            <li>Avant la journée, votre ambassadeur ou ambassadrice suit une séance de préparation d'une heure pour bien vous accueillir.</li>
            <li>Prévoyez une pièce d'identité : l'accès aux bâtiments publics la demande souvent.</li>
            <li>Préparez quelques questions sur le métier, le parcours et les projets de l'équipe.</li>
            <li>Prévenez votre établissement, qui peut demander une convention de stage d'observation.</li>
            </ul>
            \(dates)
            \(feedback)
            """
    }

    private static func registration(_ registration: StudentRegistration, context: WebContext) -> HTML {
        let administrations = registration.administrations.compactMap {
            try? context.workflows.administration($0)?.name
        }
        return """
            <h2 id="inscription">Mon inscription</h2>
            <dl>
            <dt>Adresse électronique</dt><dd>\(registration.email.value)</dd>
            <dt>École ou université</dt><dd>\(registration.school)</dd>
            <dt>Niveau d'études</dt><dd>\(registration.level.label)</dd>
            <dt>Métiers souhaités</dt><dd>\(registration.wishes.map(\.label).joined(separator: ", "))</dd>
            <dt>Départements</dt><dd>\(registration.departements.map(\.code).joined(separator: ", "))</dd>
            <dt>Administrations préférées</dt><dd>\(administrations.isEmpty ? "Aucune" : administrations.joined(separator: ", "))</dd>
            </dl>
            """
    }
}
