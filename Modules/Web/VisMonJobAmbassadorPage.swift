import Domain
import Foundation
import HTML
import HTTP
import Notifications
import Workflows

/// `/vis-mon-job/ambassadeur`: a signed-in agent volunteers as ambassador of the current
/// edition (Workflows `registerAmbassador`, posted to the same path), books the one-hour
/// coaching (`/vis-mon-job/coaching/{id}/reservation`, `bookCoachingSlot`) and sees their
/// published pairs with the students' contacts (`ambassadorOverview`). While registrations are
/// open the ambassador changes their registration (`/vis-mon-job/ambassadeur/modifier`,
/// `updateAmbassador`) or withdraws it after confirmation (`/vis-mon-job/ambassadeur/retrait`,
/// `withdrawAmbassador`); the booked coaching hour shows its place or video link.
enum VisMonJobAmbassadorPage {
    typealias Values = [String: String]

    /// The profile fields of the registration and edit forms.
    static let profileFields = ["metier", "departement", "ville", "capacite", "description"]

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try page(context, values: ["capacite": "1"], errors: [:], alert: nil)
    }

    /// POST `/vis-mon-job/ambassadeur`: registers the caller, then back to the page.
    static func volunteer(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let values = Dictionary(uniqueKeysWithValues: (["edition"] + profileFields).map { ($0, form[$0] ?? "") })
        let raw = values["edition"] ?? ""
        guard let editionID = EditionID(raw), editionID.rawValue > 0 else { throw NotFoundError("edition", key: raw) }
        return try save(context, values: values) { profile in
            _ = try context.workflows.registerAmbassador(profile, in: editionID, by: .user(user))
        }
    }

    /// POST `/vis-mon-job/ambassadeur/modifier` (`ambassadeur`, `revision` and the profile):
    /// changes the registration while the edition is open, then back to the page.
    static func update(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let values = Dictionary(
            uniqueKeysWithValues: (["ambassadeur", "revision"] + profileFields).map { ($0, form[$0] ?? "") })
        let id = try ambassadorID(values["ambassadeur"])
        return try save(context, values: values) { profile in
            _ = try context.workflows.updateAmbassador(
                id, profile, expectedRevision: Int(values["revision"] ?? ""), by: .user(user))
        }
    }

    /// POST `/vis-mon-job/ambassadeur/retrait` (`ambassadeur`, `revision`): after confirmation,
    /// erases the registration and its coaching booking.
    static func withdraw(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try ambassadorID(form["ambassadeur"])
        // The question is the agent's only: anybody else meets the use case's refusal here.
        let ambassador = try context.workflows.ambassador(id, by: .user(user))
        guard WebConfirmation.confirmed(form) else {
            return WebConfirmation.page(
                context, form: form, question: "Retirer votre inscription d’ambassadeur ?",
                consequence:
                    "Votre inscription à Vis mon job et votre réservation de séance de préparation seront effacées : aucun étudiant ne vous sera confié. Ce retrait est définitif ; vous pourrez vous réinscrire tant que les inscriptions sont ouvertes.",
                confirm: "Retirer mon inscription", back: "/vis-mon-job/ambassadeur")
        }
        do {
            try context.workflows.withdrawAmbassador(
                ambassador.value.id, expectedRevision: Int(form["revision"] ?? ""), by: .user(user))
            return WebResponse.seeOther("/vis-mon-job/ambassadeur")
        } catch let error as VisMonJobError {
            return try page(
                context, values: [:], errors: [:], alert: FrenchMessages.visMonJob(error), status: HTTPStatus(code: 409)
            )
        } catch is StaleRevisionError {
            return try page(context, values: [:], errors: [:], alert: stale, status: HTTPStatus(code: 409))
        }
    }

    static let stale = "votre inscription a changé entre-temps : relisez la page et recommencez."

    private static func ambassadorID(_ raw: String?) throws -> AmbassadorID {
        guard let id = AmbassadorID(raw ?? ""), id.rawValue > 0 else {
            throw NotFoundError("ambassador", key: raw ?? "")
        }
        return id
    }

    /// Reads the profile of `values`, gives it to `apply`, then back to the page (303); a refused
    /// form comes back with its errors by field (422) or the refusal above it (409).
    private static func save(
        _ context: WebContext, values: Values, _ apply: (AmbassadorProfile) throws -> Void
    ) throws -> HTTPResponse {
        var errors: [String: String] = [:]
        let family = JobFamily(rawValue: values["metier"] ?? "")
        if family == nil { errors["metier"] = "choisissez votre métier." }
        let departement = try? Departement(values["departement"] ?? "")
        if departement == nil {
            errors["departement"] = "indiquez un numéro de département, par exemple 75, 2A ou 974."
        }
        let capacity = Int((values["capacite"] ?? "").trimmingCharacters(in: .whitespaces))
        if capacity == nil { errors["capacite"] = FrenchMessages.visMonJob(.capacityOutOfRange(0)) }
        guard let family, let departement, let capacity else {
            return try page(context, values: values, errors: errors, alert: nil, status: HTTPStatus(code: 422))
        }
        let profile = AmbassadorProfile(
            jobFamily: family, departement: departement, city: values["ville"] ?? "",
            capacity: capacity, description: values["description"] ?? "")
        do {
            try apply(profile)
            return WebResponse.seeOther("/vis-mon-job/ambassadeur")
        } catch let error as VisMonJobError {
            switch error {
            case .textLength(field: "city", _): errors["ville"] = FrenchMessages.visMonJob(error)
            case .textLength: errors["description"] = FrenchMessages.visMonJob(error)
            case .capacityOutOfRange: errors["capacite"] = FrenchMessages.visMonJob(error)
            // Which field a refusal goes to, not its words: the others are said above the form.
            default:
                return try page(
                    context, values: values, errors: [:], alert: FrenchMessages.visMonJob(error),
                    status: HTTPStatus(code: error.kind == .conflict ? 409 : 422))
            }
            return try page(context, values: values, errors: errors, alert: nil, status: HTTPStatus(code: 422))
        } catch is StaleRevisionError {
            return try page(context, values: values, errors: [:], alert: stale, status: HTTPStatus(code: 409))
        }
    }

    /// POST `/vis-mon-job/coaching/{id}/reservation`: books the slot, then back to the page.
    static func book(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        _ = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = CoachingSlotID(raw), id.rawValue > 0 else { throw NotFoundError("coaching-slot", key: raw) }
        do {
            _ = try context.workflows.bookCoachingSlot(id, by: .user(user))
            return WebResponse.seeOther("/vis-mon-job/ambassadeur")
        } catch let error as VisMonJobError {
            return try page(
                context, values: ["capacite": "1"], errors: [:], alert: FrenchMessages.visMonJob(error),
                status: HTTPStatus(code: 409))
        }
    }

    private static func page(
        _ context: WebContext, values: Values, errors: [String: String], alert: String?,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let body: HTML
        if let edition = try context.workflows.editions(.current).first?.value {
            if let overview = try context.workflows.ambassadorOverview(in: edition.id, by: .user(user)) {
                body = try engagement(overview, edition: edition, context: context, values: values, errors: errors)
            } else if !edition.isOpenForRegistration(today: context.workflows.clock.now.utcDate) {
                body = "<p>Les inscriptions des ambassadeurs à \(edition.name) sont closes.</p>"
            } else if !user.has(.talent) {
                body = "<p>Seul un compte de talent peut devenir ambassadeur ou ambassadrice.</p>"
            } else {
                body = form(context, edition: edition, values: values, errors: errors)
            }
        } else {
            body = "<p>Aucune édition de Vis mon job n'est en cours.</p>"
        }
        let main: HTML = """
            <h1>Ambassadeur Vis mon job</h1>
            <p>Accueillez un étudiant ou une étudiante pendant une journée pour lui faire découvrir votre métier du numérique. Une séance de préparation d'une heure vous est proposée avant la journée.</p>
            \(WebLayout.alert(alert))
            \(body)
            """
        return WebResponse.page(
            WebLayout.page(
                "Ambassadeur Vis mon job", context: context, trail: [("Vis mon job", "/vis-mon-job")], main: main),
            context: context,
            status: status)
    }

    private static func form(_ context: WebContext, edition: Edition, values: Values, errors: [String: String]) -> HTML
    {
        """
        <h2>Me porter volontaire pour \(edition.name)</h2>
        <p>La journée a lieu le \(WebFormat.date(edition.eventDay)), dans votre administration ; inscriptions jusqu'au \(WebFormat.date(edition.registrationCloses)).</p>
        \(WebLayout.alert(errors.isEmpty ? nil : "Le formulaire contient des erreurs : corrigez les champs signalés ci-dessous."))
        <form method="post" action="/vis-mon-job/ambassadeur" novalidate>
        \(context.csrfField)
        <input type="hidden" name="edition" value="\(edition.id.rawValue)">
        \(profileFields(values: values, errors: errors))
        <button class="fr-btn" type="submit">Devenir ambassadeur ou ambassadrice</button>
        </form>
        """
    }

    /// The fields of the profile, filled with `values`.
    private static func profileFields(values: Values, errors: [String: String]) -> HTML {
        """
        \(WebField.select("metier", label: "Mon métier", options: [(value: "", text: "Choisissez votre métier")] + VisMonJobWeb.jobFamilies, selected: values["metier"], error: errors["metier"]))
        \(WebField.input("departement", label: "Département de la journée", hint: "Par exemple 75, 2A ou 974", value: values["departement"] ?? "", error: errors["departement"]))
        \(WebField.input("ville", label: "Ville", value: values["ville"] ?? "", error: errors["ville"]))
        \(WebField.input("capacite", label: "Nombre d'étudiants accueillis", hint: "De 1 à \(AmbassadorProfile.maximumCapacity)", type: "number", value: values["capacite"] ?? "", error: errors["capacite"]))
        \(WebField.textarea("description", label: "La journée proposée", hint: "Ce que l'étudiant verra et fera (\(AmbassadorProfile.maximumDescriptionLength) caractères au plus)", value: values["description"] ?? "", error: errors["description"]))
        """
    }

    private static func engagement(
        _ overview: Workflows.AmbassadorOverview, edition: Edition,
        context: WebContext, values: Values, errors: [String: String]
    ) throws -> HTML {
        let profile = overview.ambassador.value.profile
        let slots = try context.workflows.coachingSlots(of: edition.id)
        let now = context.workflows.clock.now
        let coaching: HTML
        if let booked = overview.bookedSlot, let slot = slots.first(where: { $0.id == booked }) {
            coaching = """
                <p>Vous avez réservé la séance du <strong>\(WebFormat.instant(slot.startsAt))</strong> (1 h).</p>
                <p>Lieu ou lien : \(VisMonJobEditionConsolePage.place(slot.place))</p>
                \(AgendaDownloads.link(WebPaths.visMonJobCoachingCalendar(edition: edition.id.rawValue)))
                """
        } else {
            let open = slots.filter { $0.startsAt > now && $0.booked < $0.capacity }
            coaching =
                open.isEmpty
                ? "<p>Aucun créneau n'est disponible pour le moment : l'équipe du programme en publiera avant la journée.</p>"
                : "<ul class=\"slots\">\(each: open, { slotItem($0, context: context) })</ul>"
        }
        let pairs: HTML
        if edition.state == .paired || edition.state == .done {
            pairs =
                overview.pairs.isEmpty
                ? "<p>Aucun étudiant ne vous a été confié pour cette édition.</p>"
                : "<ul class=\"cards\">\(each: overview.pairs, pairCard)</ul>"
        } else {
            pairs =
                "<p>Les binômes seront publiés après la clôture des inscriptions, le \(WebFormat.date(edition.registrationCloses)) ; vous serez averti par courriel.</p>"
        }
        return """
            <h2>Mon engagement pour \(edition.name)</h2>
            <dl>
            <dt>Métier</dt><dd>\(profile.jobFamily.label)</dd>
            <dt>Lieu</dt><dd>\(profile.city) (\(profile.departement.code))</dd>
            <dt>Étudiants accueillis</dt><dd>\(profile.capacity) au plus</dd>
            <dt>La journée proposée</dt><dd>\(profile.description)</dd>
            </dl>
            \(edition.state == .open ? change(overview.ambassador, context: context, values: values, errors: errors) : nil)
            <h2>Séance de préparation (1 h)</h2>
            \(coaching)
            <h2>Mes binômes</h2>
            \(pairs)
            """
    }

    /// While registrations are open: the form changing the registration (filled with the
    /// profile, or with what was typed) and the withdrawal.
    private static func change(
        _ stored: Versioned<Ambassador>, context: WebContext, values: Values, errors: [String: String]
    ) -> HTML {
        let profile = stored.value.profile
        let typed = values["metier"] != nil
        let values =
            typed
            ? values
            : [
                "metier": profile.jobFamily.rawValue, "departement": profile.departement.code, "ville": profile.city,
                "capacite": String(profile.capacity), "description": profile.description
            ]
        let hidden: HTML = """
            \(WebField.hidden(context, revision: stored.revision))<input type="hidden" name="ambassadeur" value="\(stored.value.id.rawValue)">
            """
        return """
            <h2 id="modifier">Modifier mon inscription</h2>
            <p>Jusqu'à la clôture des inscriptions, vous pouvez modifier votre inscription ou la retirer.</p>
            \(WebLayout.alert(errors.isEmpty ? nil : "Le formulaire contient des erreurs : corrigez les champs signalés ci-dessous."))
            <form method="post" action="/vis-mon-job/ambassadeur/modifier" novalidate>
            \(hidden)
            \(profileFields(values: values, errors: errors))
            <button class="fr-btn" type="submit">Enregistrer les modifications</button>
            </form>
            <h2>Retirer mon inscription</h2>
            <form method="post" action="/vis-mon-job/ambassadeur/retrait">\(hidden)
            <button class="fr-btn fr-btn--secondary" type="submit">Retirer mon inscription</button></form>
            """
    }

    private static func slotItem(_ slot: CoachingSlot, context: WebContext) -> HTML {
        let left = slot.capacity - slot.booked
        return """
            <li><form method="post" action="/vis-mon-job/coaching/\(slot.id.rawValue)/reservation">\(context.csrfField)
            <button class="fr-btn" type="submit">Réserver la séance du \(WebFormat.instant(slot.startsAt))</button>
            <span class="meta">\(left) place\(left > 1 ? "s" : "") restante\(left > 1 ? "s" : "")</span></form></li>
            """
    }

    /// A published pair as its ambassador sees it: the student's contact, the day, the reason.
    static func pairCard(_ details: PairDetails) -> HTML {
        let pair = details.pair.value
        let student: HTML? = details.student.map { contact in
            """
            <p>Étudiant·e en \(contact.level.label), \(contact.school)</p>
            <p>Contact : <a href="mailto:\(contact.email.value)">\(contact.email.value)</a></p>
            """
        }
        let proposal: HTML? = pair.proposal.map {
            "<p class=\"meta\">Autre date proposée : le \(WebFormat.date($0.date)) (\($0.by == .student ? "par l'étudiant·e" : "par vous"))</p>"
        }
        return """
            <li class="card" id="binome-\(pair.id.rawValue)">
            <h3><a href="/vis-mon-job/pairs/\(pair.id.rawValue)">Journée du \(WebFormat.date(details.day))</a>\(pair.status == .done ? " (effectuée)" : "")</h3>
            \(student)
            <p class="meta">\(details.explanation)</p>
            \(proposal)
            </li>
            """
    }
}
