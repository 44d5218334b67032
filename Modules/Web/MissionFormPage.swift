import Domain
import HTML
import HTTP
import Workflows

/// The mission form of the owner's space: `/espace-responsable/missions/nouvelle` drafts a
/// mission (Workflows `createMission`), `/espace-responsable/missions/{id}/modifier` edits a
/// draft (`editMission`, with the revision read). A refused form comes back with 422 (or 409
/// when the draft changed meanwhile), the owner's input kept and each error on its field.
enum MissionFormPage {
    static let newPath = "/espace-responsable/missions/nouvelle"

    static func editPath(_ id: MissionID) -> String {
        "/espace-responsable/missions/\(id.rawValue)/modifier"
    }

    /// GET: the empty form.
    static func renderNew(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        // Whoever may not propose is refused; `/proposer-une-mission` tells them why (issue 22).
        guard NewMission.mayPropose(user, confirmedEmployerID: try context.workflows.confirmedEmployer(of: user))
        else { throw MissionAccessError.employmentNotConfirmed }
        return try page(context, user: user, form: MissionForm(), mission: nil)
    }

    /// POST: drafts the mission, then back to the owner's missions.
    static func create(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = MissionForm(try context.form())
        // Rights before the input: an agent whose employment is not confirmed is refused (403).
        guard NewMission.mayPropose(user, confirmedEmployerID: try context.workflows.confirmedEmployer(of: user))
        else { throw MissionAccessError.employmentNotConfirmed }
        do {
            let details = try form.details().get()
            _ = try context.workflows.createMission(
                NewMission(administrationID: form.administrationID, details: details),
                by: .user(user))
            return WebResponse.seeOther(OwnerMissionsPage.path + "?enregistree=1")
        } catch {
            return try refused(error, context: context, user: user, form: form, mission: nil)
        }
    }

    /// GET: the form filled with the draft; a mission no longer in draft opens its page.
    static func renderEdit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let mission = try context.workflows.mission(try OwnerMissionsPage.missionID(context), by: .user(user))
        guard mission.value.isOwned(by: user) else { throw AccessError.notOwner(action: "edit a mission") }
        guard mission.value.state == .draft else {
            return WebResponse.seeOther("/missions/\(mission.value.id.rawValue)")
        }
        return try page(context, user: user, form: MissionForm(mission.value.details), mission: mission)
    }

    /// POST: saves the draft with the revision read, then back to the owner's missions.
    static func edit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let fields = try context.form()
        let form = MissionForm(fields)
        let id = try OwnerMissionsPage.missionID(context)
        let mission = try context.workflows.mission(id, by: .user(user))
        // Whoever may not edit it is refused before the form is read.
        guard mission.value.isOwned(by: user) else { throw AccessError.notOwner(action: "edit a mission") }
        let revision = fields["revision"].flatMap { Int($0) }
        do {
            _ = try context.workflows.editMission(
                id, details: try form.details().get(), expectedRevision: revision,
                by: .user(user))
            return WebResponse.seeOther(OwnerMissionsPage.path + "?enregistree=1")
        } catch {
            // The revision sent back stays the one the owner read: a stale form stays stale.
            let read = Versioned(mission.value, revision: revision ?? mission.revision)
            return try refused(error, context: context, user: user, form: form, mission: read)
        }
    }

    /// The form again with the messages of `error`, or `error` itself when it is no refusal of
    /// the input (rights, a missing mission: the error pages).
    private static func refused(
        _ error: any Error, context: WebContext, user: User, form: MissionForm,
        mission: Versioned<Mission>?
    ) throws -> HTTPResponse {
        let errors: MissionForm.Errors
        var status = HTTPStatus(code: 422)
        switch error {
        case let error as MissionForm.Errors:
            errors = error
        case let error as MissionError where error.kind == .invalidValue:
            errors = form.errors(for: error)
        case let error as DateHorizonError:
            errors = MissionForm.Errors(fields: ["fin": FrenchMessages.dateHorizon(error)])
        case let error as MissionError:
            (errors, status) = (MissionForm.Errors(form: FrenchMessages.mission(error).text), HTTPStatus(code: 409))
        case is StaleRevisionError:
            (errors, status) = (
                MissionForm.Errors(
                    form:
                        "la mission a changé entre-temps (dans un autre onglet ?) : rechargez la page, vérifiez-la et recommencez."
                ),
                HTTPStatus(code: 409)
            )
        case MissionAccessError.administrationRequired:
            errors = MissionForm.Errors(fields: ["administration": "choisissez l'administration bénéficiaire."])
        case MissionAccessError.administrationOutOfReach:
            // Issue 22: an agent proposes for the administration that confirmed them, or one of its services.
            errors = MissionForm.Errors(
                fields: [
                    "administration":
                        "vous ne pouvez proposer une mission que pour votre administration ou l’un de ses services : choisissez-en une dans la liste."
                ])
        case let error as NotFoundError where error.field == "administrationID":
            errors = MissionForm.Errors(fields: ["administration": "cette administration n'existe pas."])
        default:
            throw error
        }
        return try page(context, user: user, form: form, mission: mission, errors: errors, status: status)
    }

    private static func page(
        _ context: WebContext, user: User, form: MissionForm, mission: Versioned<Mission>?,
        errors: MissionForm.Errors = MissionForm.Errors(),
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let title = mission == nil ? "Proposer une mission" : "Modifier le brouillon"
        let action = mission.map { editPath($0.value.id) } ?? newPath
        let revision: HTML? = mission.map { "<input type=\"hidden\" name=\"revision\" value=\"\($0.revision)\">" }
        let administrations: HTML? =
            mission == nil ? try administrationField(context, user: user, form: form, errors: errors) : nil
        let rejection: HTML? = mission?.value.rejectionReason.map {
            "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\"><p><strong>Motif du dernier refus de l'opérateur :</strong> \($0)</p></div>"
        }
        let fields = MissionFormFields(form: form, errors: errors.fields)
        let main: HTML = """
            <h1>\(title)</h1>
            <p><a href="\(OwnerMissionsPage.path)">Retour à mes missions</a></p>
            \(summary(errors))
            \(rejection)
            <p>Le brouillon n'est visible que de vous. Une fois soumis, l'opérateur du programme le relit avant de le publier. Tous les champs sont obligatoires sauf mention contraire.</p>
            <form method="post" action="\(action)" novalidate>
            \(context.csrfField)
            \(revision)
            \(administrations)
            \(fields.html)
            <button class="fr-btn" type="submit">Enregistrer le brouillon</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page(
                errors.isEmpty ? title : "Erreur — \(title)", context: context,
                trail: [("Mes missions", OwnerMissionsPage.path)], main: main),
            context: context, status: status)
    }

    /// The summary of the errors at the top of the form, in the order of the fields.
    private static func summary(_ errors: MissionForm.Errors) -> HTML? {
        guard !errors.isEmpty else { return nil }
        let fields = MissionFormFields.order.compactMap { id in errors.fields[id].map { (field: id, message: $0) } }
        return WebLayout.errorSummary("Le brouillon n'a pas été enregistré", note: errors.form, errors: fields)
    }

    /// The beneficiary administration: the owner's own or one under it (anywhere for the operator).
    private static func administrationField(
        _ context: WebContext, user: User, form: MissionForm,
        errors: MissionForm.Errors
    ) throws -> HTML? {
        var options: [(id: AdministrationID, label: String)] = []
        func add(_ node: AdministrationNode, depth: Int) {
            let indent = String(repeating: "— ", count: depth)
            options.append((node.administration.id, indent + WebFormat.administration(node.administration)))
            for child in node.children { add(child, depth: depth + 1) }
        }
        for root in try context.workflows.administrationsForMission(by: .user(user)) { add(root, depth: 0) }
        let error = errors.fields["administration"]
        guard !options.isEmpty || error != nil else { return nil }
        let own = try context.workflows.confirmedEmployer(of: user) ?? user.administrationID
        let selected = form.administration.isEmpty ? own.map { String($0.rawValue) } ?? "" : form.administration
        let choices = options.map { (value: String($0.id.rawValue), text: $0.label) }
        return WebField.select(
            "administration", label: "Administration bénéficiaire",
            hint: "La vôtre ou l'une de celles qui en dépendent", options: choices, selected: selected,
            error: error)
    }
}

extension MissionForm.Errors {
    var isEmpty: Bool { fields.isEmpty && form == nil }
}
