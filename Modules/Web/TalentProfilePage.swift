import Domain
import HTML
import HTTP
import Workflows

/// `/mon-profil`: the signed-in talent's profile, created by the first save and then edited with
/// the revision read (`createTalentProfile`, `updateTalentProfile`), and their membership of the
/// pool (*vivier*): `/mon-profil/vivier` joins it with explicit consent (`joinPool`),
/// `/mon-profil/vivier/quitter` leaves it (`leavePool`).
enum TalentProfilePage {
    /// What the page shows besides the form: a confirmation, a refusal, the field errors.
    struct Messages {
        var notice: String?
        var alert: String?
        var errors = FormErrors()
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let stored = try ownProfile(context, user)
        let form = stored.map { TalentProfileForm($0.value.profile) } ?? TalentProfileForm(newFor: user)
        let notice = context.http.query["enregistre"] == nil ? nil : "Votre profil est enregistré."
        return try page(
            context, stored: stored, form: form, revision: stored?.revision, messages: Messages(notice: notice))
    }

    /// POST `/mon-profil`: creates or replaces the profile; 422 with the input kept when a field is
    /// wrong, 409 when the profile changed since it was read.
    static func save(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let fields = try context.form()
        let form = TalentProfileForm(fields)
        let revision = fields["revision"].flatMap { Int($0) }
        let stored = try ownProfile(context, user)
        func again(_ messages: Messages, status: Int, revision: Int?) throws -> HTTPResponse {
            try page(
                context, stored: stored, form: form, revision: revision, messages: messages,
                status: HTTPStatus(code: status))
        }
        func stale() throws -> HTTPResponse {
            // The input is kept and the current revision taken: saving again replaces, knowingly.
            let current = try ownProfile(context, user)
            return try page(
                context, stored: current, form: form, revision: current?.revision,
                messages: Messages(
                    alert:
                        "Votre profil a été modifié entre-temps, par exemple dans un autre onglet. Les valeurs ci-dessous "
                        + "sont celles que vous venez de saisir : vérifiez-les puis enregistrez à nouveau pour remplacer la "
                        + "version enregistrée."), status: HTTPStatus(code: 409))
        }
        let profile: TalentProfile
        switch form.profile() {
        case .failure(let errors): return try again(Messages(errors: errors), status: 422, revision: revision)
        case .success(let read): profile = read
        }
        do {
            if let stored {
                guard let revision else { return try stale() }
                _ = try context.workflows.updateTalentProfile(
                    stored.value.id, profile, expectedRevision: revision,
                    by: .user(user))
            } else {
                _ = try context.workflows.createTalentProfile(profile, for: user.id, by: .user(user))
            }
        } catch let error as TalentError where error.kind == .invalidValue {
            var messages = Messages()
            let (field, message) = FrenchMessages.talent(error)
            messages.errors[field] = message
            return try again(messages, status: 422, revision: revision)
        } catch let error as DateHorizonError {
            var messages = Messages()
            let field =
                switch error {
                case .beyondHorizon(let field, _, _): field
                }
            messages.errors[field == "availability.from" ? "disponible-du" : "disponible-au"] =
                FrenchMessages.dateHorizon(error)
            return try again(messages, status: 422, revision: revision)
        } catch let error as NotFoundError where error.field == "employerID" {
            var messages = Messages()
            messages.errors["employeur"] = "cette administration n'existe pas : choisissez-en une de la liste."
            return try again(messages, status: 422, revision: revision)
        } catch is StaleRevisionError {
            return try stale()
        } catch TalentError.profileExists {
            return try stale()
        }
        return WebResponse.seeOther("/mon-profil?enregistre=1")
    }

    /// POST `/mon-profil/vivier` (join, the consent box ticked) or `/mon-profil/vivier/quitter`.
    static func changePool(_ context: WebContext, join: Bool) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let fields = try context.form()
        guard let stored = try ownProfile(context, user) else { throw NotFoundError("talent", key: "me") }
        let revision = fields["revision"].flatMap { Int($0) } ?? 0
        var messages = Messages()
        do {
            if join {
                _ = try context.workflows.joinPool(
                    stored.value.id, consent: fields["consentement"] == "oui",
                    expectedRevision: revision, by: .user(user))
            } else {
                _ = try context.workflows.leavePool(stored.value.id, expectedRevision: revision, by: .user(user))
            }
            return WebResponse.seeOther("/mon-profil#vivier")
        } catch TalentError.poolConsentMissing {
            messages.errors["consentement-vivier"] = FrenchMessages.talent(.poolConsentMissing).text
            return try page(
                context, stored: stored, form: TalentProfileForm(stored.value.profile), revision: stored.revision,
                messages: messages, status: HTTPStatus(code: 422))
        } catch let error where error is StaleRevisionError || error as? TalentError != nil {
            // Already in or out, or changed elsewhere: the page as it is now.
            messages.alert = "Votre profil a changé entre-temps : voici son état actuel."
            let current = try ownProfile(context, user) ?? stored
            return try page(
                context, stored: current, form: TalentProfileForm(current.value.profile),
                revision: current.revision, messages: messages, status: HTTPStatus(code: 409))
        }
    }

    /// The caller's talent profile, or nil before they created it.
    /// - Throws: ``AccessError`` when the user is not a talent.
    static func ownProfile(_ context: WebContext, _ user: User) throws -> Versioned<Talent>? {
        do {
            return try context.workflows.ownTalentProfile(by: .user(user))
        } catch is NotFoundError {
            return nil
        }
    }

    private static func page(
        _ context: WebContext, stored: Versioned<Talent>?, form: TalentProfileForm, revision: Int?,
        messages: Messages, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let administrations = try context.workflows.administrations().sorted { $0.name < $1.name }
        let intro: HTML =
            stored == nil
            ? "<p>Créez votre profil pour proposer votre expertise aux missions et, si vous le souhaitez, rejoindre le vivier des talents. Tous les champs sont obligatoires, sauf mention contraire.</p>"
            : "<p>Tenez votre profil à jour : il accompagne chacune de vos candidatures. Tous les champs sont obligatoires, sauf mention contraire.</p>"
        let main: HTML = """
            <h1>Mon profil de talent</h1>
            \(messages.notice.map { "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>\($0)</p></div>" as HTML })
            \(WebLayout.alert(messages.alert))
            \(messages.errors.summary)
            \(intro)
            \(stored.map { employment($0.value) })
            <form id="profil" method="post" action="/mon-profil" novalidate>
            \(context.csrfField)
            \(revision.map { "<input type=\"hidden\" name=\"revision\" value=\"\($0)\">" as HTML })
            \(TalentProfileFields.html(form, administrations: administrations, errors: messages.errors))
            <button class="fr-btn" type="submit">\(stored == nil ? "Créer mon profil" : "Enregistrer mon profil")</button>
            </form>
            <h2 id="vivier">Vivier des talents</h2>
            \(poolSection(context, stored: stored, error: messages.errors["consentement-vivier"]))
            """
        // The title tells of the errors first, so a screen reader hears it on load (RGAA 11.10).
        let title = messages.errors.isEmpty ? "Mon profil" : "Erreurs dans le formulaire — Mon profil"
        return WebResponse.page(WebLayout.page(title, context: context, main: main), context: context, status: status)
    }

    /// Whether the declared employer is confirmed: only then can an agreement be drafted.
    private static func employment(_ talent: Talent) -> HTML {
        talent.confirmedEmployerID == nil
            ? "<p id=\"emploi\"><strong>Emploi en attente de confirmation.</strong> Un référent de votre administration confirme que vous y travaillez ; une convention ne peut être rédigée qu'ensuite. Changer d'administration demande une nouvelle confirmation.</p>"
            : "<p id=\"emploi\">Votre emploi dans votre administration est confirmé par un référent. Changer d'administration demande une nouvelle confirmation.</p>"
    }

    private static func poolSection(_ context: WebContext, stored: Versioned<Talent>?, error: String?) -> HTML {
        guard let stored else {
            return
                "<p>Une fois votre profil créé, vous pourrez rejoindre le vivier : les responsables de mission pourront alors le consulter et vous inviter à candidater.</p>"
        }
        let revision = WebField.hidden(context, revision: stored.revision)
        if let since = stored.value.poolConsentAt {
            return """
                <p>Votre profil est dans le vivier depuis le \(WebFormat.instant(since)). Les responsables de mission peuvent le consulter, sans les coordonnées de votre responsable hiérarchique, et vous inviter à candidater.</p>
                <form method="post" action="/mon-profil/vivier/quitter">\(revision)<button class="fr-btn fr-btn--secondary" type="submit">Quitter le vivier</button></form>
                """
        }
        return """
            <p>Votre profil n'est visible que de vous et de l'équipe du programme. En rejoignant le vivier, vous permettez aux responsables de mission de le consulter (sans les coordonnées de votre responsable hiérarchique) et de vous inviter à candidater. Vous pouvez le quitter à tout moment.</p>
            <form method="post" action="/mon-profil/vivier" novalidate>\(revision)
            \(WebField.checkbox("consentement-vivier", name: "consentement",
                                label: "J'accepte que les responsables de mission consultent mon profil et m'invitent à candidater.",
                                checked: false, error: error))
            <button class="fr-btn" type="submit">Rejoindre le vivier</button>
            </form>
            """
    }
}
