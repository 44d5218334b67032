import Domain
import HTML
import HTTP
import Workflows

extension VisMonJobEditionConsolePage {
    static let pageSize = WebPagination.pageSize

    /// The edition's page with `feedback` from a refused form.
    static func page(
        _ context: WebContext, editionID: EditionID, feedback: Feedback, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        // The registrations are the operator's: anybody else gets the 403 page here.
        let registrations = try context.workflows.editionRegistrations(editionID, by: .user(user))
        let stored = registrations.edition
        let edition = stored.value
        let slots = try context.workflows.coachingSlots(of: editionID)
        let preview =
            edition.pairingRunAt != nil || edition.state == .paired || edition.state == .done
            ? try context.workflows.pairingPreview(editionID, by: .user(user)) : nil
        let path = VisMonJobConsolePage.path(editionID)
        let main: HTML = """
            <h1>\(edition.name)</h1>
            <p>\(VisMonJobConsoleWeb.badge(edition.state))</p>
            \(WebLayout.alert(feedback.alert.map { "Action refusée : \($0)" }))
            <dl>
            <dt>Inscriptions</dt><dd>du \(WebFormat.date(edition.registrationOpens)) au \(WebFormat.date(edition.registrationCloses))</dd>
            <dt>Journée</dt><dd>\(WebFormat.date(edition.eventDay)) (autre date possible \(edition.dateChangeWindowDays) jours avant ou après)</dd>
            <dt>Inscrits</dt><dd>\(registrations.ambassadors.count) ambassadeur\(registrations.ambassadors.count > 1 ? "s" : "") · \(registrations.students.count) étudiant\(registrations.students.count > 1 ? "s" : "")</dd>
            </dl>
            <nav aria-label="Sections de l'édition"><ul class="inline">
            <li><a href="#etape">Étape suivante</a></li>
            <li><a href="#preparation">Séances de préparation</a></li>
            <li><a href="#binomes">Binômes</a></li>
            <li><a href="#ambassadeurs">Ambassadeurs</a></li>
            <li><a href="#etudiants">Étudiants</a></li>
            </ul></nav>
            <h2 id="etape">Étape suivante</h2>
            \(nextStep(stored, preview: preview, context: context, path: path))
            <h2 id="preparation">Séances de préparation</h2>
            \(coaching(slots, edition: edition, feedback: feedback, context: context, path: path))
            <h2 id="binomes">Binômes</h2>
            \(pairs(preview, registrations: registrations, context: context, path: path))
            <h2 id="ambassadeurs">Ambassadeurs inscrits</h2>
            \(ambassadors(registrations, slots: slots, context: context, path: path))
            <h2 id="etudiants">Étudiants inscrits</h2>
            \(students(registrations, context: context, path: path))
            """
        return WebResponse.page(
            WebLayout.page(
                edition.name, context: context,
                trail: [("Console", ConsolePage.path), ("Vis mon job", VisMonJobConsolePage.path)], main: main),
            context: context, status: status)
    }

    /// The form of the state's next step, with the edition's revision.
    private static func nextStep(
        _ stored: Versioned<Edition>, preview: PairingPreview?, context: WebContext, path: String
    ) -> HTML {
        let edition = stored.value
        let hidden = WebField.hidden(context, revision: stored.revision)
        func button(_ action: String, _ label: String, secondary: Bool = false) -> HTML {
            """
            <form method="post" action="\(path)/\(action)">\(hidden)
            <button class="fr-btn\(secondary ? " fr-btn--secondary" : "")" type="submit">\(label)</button></form>
            """
        }
        switch edition.state {
        case .open:
            return """
                <p>Les inscriptions sont ouvertes jusqu'au \(WebFormat.date(edition.registrationCloses)). Closez-les pour former les binômes.</p>
                \(button("cloture", "Clore les inscriptions"))
                """
        case .matching:
            guard let runAt = edition.pairingRunAt, let preview else {
                return """
                    <p>Les inscriptions sont closes. Lancez l'appariement : il propose un binôme à chaque étudiant selon ses métiers souhaités, ses départements et ses administrations préférées.</p>
                    \(button("appariement", "Lancer l'appariement"))
                    """
            }
            return """
                <p>Appariement lancé le \(WebFormat.instant(runAt)) : \(preview.pairs.count) binôme\(preview.pairs.count > 1 ? "s" : ""), \(preview.unmatched.count) étudiant\(preview.unmatched.count > 1 ? "s" : "") sans binôme. Relisez les binômes ci-dessous, ajustez-les si besoin, puis publiez-les.</p>
                <ul class="fr-btns-group fr-btns-group--inline-md">
                <li>\(button("publication", "Publier les binômes"))</li>
                <li>\(button("appariement", "Relancer l'appariement", secondary: true))</li>
                </ul>
                """
        case .paired:
            return """
                <p>Les binômes sont publiés. Après chaque journée, confirmez qu'elle a eu lieu ; à partir du \(WebFormat.date(edition.eventDay)), vous pouvez clore l'édition.</p>
                \(button("terminer", "Clore l'édition"))
                """
        case .done:
            return "<p>L'édition est terminée.</p>"
        }
    }

    private static func coaching(
        _ slots: [CoachingSlot], edition: Edition, feedback: Feedback, context: WebContext, path: String
    ) -> HTML {
        let rows = slots.map { slot -> HTML in
            """
            <tr><td>\(WebFormat.instant(slot.startsAt))</td><td>\(place(slot.place))</td>
            <td>\(slot.booked) / \(slot.capacity)</td></tr>
            """
        }
        let list: HTML =
            slots.isEmpty
            ? "<p>Aucune séance n'est publiée.</p>"
            : WebLayout.table(
                "Séances de préparation", columns: ["Début (1 h)", "Lieu ou lien", "Réservations"], rows: rows)
        guard edition.state != .done else { return list }
        let values = feedback.slot
        let errors = feedback.slotErrors
        return """
            \(list)
            <h3>Publier une séance</h3>
            \(WebLayout.alert(errors.isEmpty ? nil : "Le formulaire de la séance contient des erreurs : corrigez les champs signalés ci-dessous."))
            <form method="post" action="\(path)/creneaux" novalidate>
            \(context.csrfField)
            \(WebField.input("date", label: "Jour de la séance", hint: "Avant la journée. " + WebFormat.dateHint, type: "date", value: values["date"] ?? "", error: errors["date"], required: true))
            \(WebField.input("heure", label: "Heure de début", hint: "Heure de Paris, par exemple 10:00 ; la séance dure une heure", type: "time", value: values["heure"] ?? "", error: errors["heure"], required: true))
            \(WebField.input("capacite", label: "Nombre de places", hint: "De 1 à \(CoachingSlot.maximumCapacity)", type: "number", value: values["capacite"] ?? "", error: errors["capacite"], required: true, attributes: " min=\"1\" max=\"\(CoachingSlot.maximumCapacity)\""))
            \(WebField.input("lieu", label: "Lieu ou lien de visioconférence", hint: "L'adresse de la salle, ou le lien de la visioconférence (\(CoachingSlot.maximumPlaceLength) caractères au plus)", value: values["lieu"] ?? "", error: errors["lieu"], required: true))
            <button class="fr-btn" type="submit">Publier la séance</button>
            </form>
            """
    }

    /// A place: a link when it is one, else the address.
    static func place(_ place: String) -> HTML {
        if place.isEmpty { return "Non précisé" }
        if place.hasPrefix("https://") || place.hasPrefix("http://") {
            return "<a href=\"\(place)\" rel=\"noopener\">\(place)</a>"
        }
        return "\(place)"
    }

    private static func pairs(
        _ preview: PairingPreview?, registrations: EditionRegistrations, context: WebContext, path: String
    ) -> HTML {
        guard let preview else { return "<p>L'appariement n'a pas encore été lancé.</p>" }
        let edition = preview.edition
        let ambassadors = Dictionary(uniqueKeysWithValues: registrations.ambassadors.map { ($0.ambassador.id, $0) })
        let students = Dictionary(uniqueKeysWithValues: registrations.students.map { ($0.id, $0) })
        let adjustable = edition.value.state == .matching
        let hosted = Dictionary(grouping: preview.pairs, by: \.pair.ambassadorID).mapValues(\.count)
        func choices(for student: StudentID, current: AmbassadorID?) -> HTML {
            let options = registrations.ambassadors.filter { $0.ambassador.id != current }.map { entry in
                let left = entry.ambassador.profile.capacity - (hosted[entry.ambassador.id] ?? 0)
                return (
                    value: String(entry.ambassador.id.rawValue),
                    text:
                        "\(entry.name) — \(entry.ambassador.profile.jobFamily.label), \(entry.ambassador.profile.city) (\(entry.ambassador.profile.departement.code)) — \(left > 0 ? "\(left) place\(left > 1 ? "s" : "")" : "complet")"
                )
            }
            let id = "ambassadeur-\(student.rawValue)"
            return """
                <form method="post" action="\(path)/ajustement">\(WebField.hidden(context, revision: edition.revision))
                <input type="hidden" name="etudiant" value="\(student.rawValue)">
                \(WebField.select(id, name: "ambassadeur", label: current == nil ? "Confier à" : "Réaffecter à", options: [(value: "", text: "Choisissez")] + options, selected: nil, error: nil))
                <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">\(current == nil ? "Confier" : "Réaffecter")</button></form>
                """
        }
        func studentCell(_ id: StudentID) -> HTML {
            guard let student = students[id] else { return "Inscription retirée" }
            let registration = student.registration
            return
                "\(registration.email.value)<br><span class=\"fr-hint-text\">\(registration.level.label), \(registration.school)</span>"
        }
        let current = VisMonJobConsoleWeb.pageNumber(context, "binomes", count: preview.pairs.count, size: pageSize)
        let rows = VisMonJobConsoleWeb.slice(preview.pairs, page: current, size: pageSize).map { entry -> HTML in
            let pair = entry.pair
            let ambassador = ambassadors[pair.ambassadorID]
            let action: HTML
            if adjustable {
                action = choices(for: pair.studentID, current: pair.ambassadorID)
            } else if edition.value.state == .paired, pair.status == .paired {
                action = """
                    <form method="post" action="/console/vis-mon-job/binomes/\(pair.id.rawValue)/effectue">\(context.csrfField)
                    <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">Journée effectuée</button></form>
                    """
            } else {
                action = pair.status == .done ? WebLayout.badge("Journée effectuée", .success) : "—"
            }
            return """
                <tr id="binome-\(pair.id.rawValue)"><td>\(studentCell(pair.studentID))</td>
                <td>\(ambassador?.name ?? "")<br><span class="fr-hint-text">\(entry.jobFamily.label), \(ambassador?.ambassador.profile.city ?? "") (\(entry.departement.code)) · \(ambassador?.administration ?? "")</span></td>
                <td>\(entry.explanation)</td>
                <td>\(pair.agreedDate.map(WebFormat.date) ?? WebFormat.date(edition.value.eventDay))</td>
                <td>\(action)</td></tr>
                """
        }
        let table: HTML =
            preview.pairs.isEmpty
            ? "<p>Aucun binôme n'a pu être formé.</p>"
            : """
            \(WebLayout.table("Binômes et pourquoi ils ont été formés", columns: ["Étudiant", "Ambassadeur", "Pourquoi ce binôme", "Journée", "Action"], rows: rows))
            \(VisMonJobConsoleWeb.pagination(path: path, parameter: "binomes", current: current, count: preview.pairs.count, size: pageSize, anchor: "binomes"))
            """
        let unmatched: HTML?
        if preview.unmatched.isEmpty {
            unmatched = nil
        } else {
            let rows = preview.unmatched.map { entry -> HTML in
                """
                <tr><td>\(studentCell(entry.studentID))</td><td>\(entry.reason.label)</td>
                <td>\(adjustable ? choices(for: entry.studentID, current: nil) : "—")</td></tr>
                """
            }
            unmatched = """
                <h3>Étudiants sans binôme</h3>
                \(WebLayout.table("Étudiants sans binôme", columns: ["Étudiant", "Raison", "Action"], rows: rows))
                """
        }
        return "\(table)\(unmatched)"
    }

    private static func ambassadors(
        _ registrations: EditionRegistrations, slots: [CoachingSlot], context: WebContext, path: String
    ) -> HTML {
        guard !registrations.ambassadors.isEmpty else { return "<p>Aucun ambassadeur n'est inscrit.</p>" }
        let starts = Dictionary(uniqueKeysWithValues: slots.map { ($0.id, $0.startsAt) })
        let count = registrations.ambassadors.count
        let current = VisMonJobConsoleWeb.pageNumber(context, "ambassadeurs", count: count, size: pageSize)
        let rows = VisMonJobConsoleWeb.slice(registrations.ambassadors, page: current, size: pageSize).map {
            entry -> HTML in
            let profile = entry.ambassador.profile
            return """
                <tr><td>\(entry.name)</td><td>\(entry.administration)</td><td>\(profile.jobFamily.label)</td>
                <td>\(profile.city) (\(profile.departement.code))</td><td>\(profile.capacity)</td>
                <td>\(entry.bookedSlot.flatMap { starts[$0] }.map(WebFormat.instant) ?? "Non réservée")</td></tr>
                """
        }
        return """
            \(WebLayout.table("Ambassadeurs inscrits", columns: ["Nom", "Administration", "Métier", "Lieu", "Places", "Séance de préparation"], rows: rows))
            \(VisMonJobConsoleWeb.pagination(path: path, parameter: "ambassadeurs", current: current, count: count, size: pageSize, anchor: "ambassadeurs"))
            """
    }

    private static func students(_ registrations: EditionRegistrations, context: WebContext, path: String) -> HTML {
        guard !registrations.students.isEmpty else { return "<p>Aucun étudiant n'est inscrit.</p>" }
        let count = registrations.students.count
        let current = VisMonJobConsoleWeb.pageNumber(context, "etudiants", count: count, size: pageSize)
        let rows = VisMonJobConsoleWeb.slice(registrations.students, page: current, size: pageSize).map {
            student -> HTML in
            let registration = student.registration
            return """
                <tr><td>\(registration.email.value)</td><td>\(registration.school)</td><td>\(registration.level.label)</td>
                <td>\(registration.wishes.map(\.label).joined(separator: ", "))</td>
                <td>\(registration.departements.map(\.code).joined(separator: ", "))</td></tr>
                """
        }
        return """
            \(WebLayout.table("Étudiants inscrits", columns: ["Adresse électronique", "École ou université", "Niveau", "Métiers souhaités", "Départements"], rows: rows))
            \(VisMonJobConsoleWeb.pagination(path: path, parameter: "etudiants", current: current, count: count, size: pageSize, anchor: "etudiants"))
            """
    }
}
