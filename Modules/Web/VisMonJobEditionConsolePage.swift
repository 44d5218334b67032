import Domain
import Foundation
import HTML
import HTTP
import Workflows

/// `/console/vis-mon-job/{id}`: one *Vis mon job* edition run by the operator, step by step —
/// close the registrations (`…/cloture`, Workflows `closeRegistrations`), publish coaching hours
/// with their place or video link (`…/creneaux`, `publishCoachingSlot`), run the pairing and
/// review each pair with why it was formed (`…/appariement`, `runPairing`, `pairingPreview`),
/// move a student to another ambassador (`…/ajustement`, `adjustPair`), publish the pairs
/// (`…/publication`, `publishPairing`), confirm the days that took place
/// (`/console/vis-mon-job/binomes/{id}/effectue`, `markPairDone`) and close the edition
/// (`…/terminer`, `completeEdition`). Every irreversible step asks for confirmation first
/// (``WebConfirmation``); every change carries the edition's revision read.
enum VisMonJobEditionConsolePage {
    /// What a refused form brings back to the page.
    struct Feedback {
        /// A refusal not tied to a field, said at the top.
        var alert: String?
        /// The coaching form as typed, and its errors by field.
        var slot: [String: String] = [:]
        var slotErrors: [String: String] = [:]
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try page(context, editionID: try editionID(context), feedback: Feedback())
    }

    /// POST `…/cloture`: open → matching, after confirmation.
    static func closeRegistrations(_ context: WebContext) throws -> HTTPResponse {
        try change(
            context,
            confirm: (
                "Clore les inscriptions ?",
                "Plus aucun ambassadeur ni étudiant ne pourra s'inscrire, modifier ou retirer son inscription. Vous pourrez ensuite former les binômes. La clôture est définitive.",
                "Clore les inscriptions"
            )
        ) { id, revision, caller in
            _ = try context.workflows.closeRegistrations(id, expectedRevision: revision, by: caller)
        }
    }

    /// POST `…/appariement`: runs the pairing; a second run replaces the pairs and their
    /// adjustments, so it asks first.
    static func runPairing(_ context: WebContext) throws -> HTTPResponse {
        let id = try editionID(context)
        let rerun = try context.workflows.edition(id).value.pairingRunAt != nil
        return try change(
            context,
            confirm: rerun
                ? (
                    "Relancer l’appariement ?",
                    "Les binômes actuels et vos ajustements seront remplacés par un nouvel appariement.",
                    "Relancer l'appariement"
                ) : nil
        ) { id, revision, caller in
            _ = try context.workflows.runPairing(id, expectedRevision: revision, by: caller)
        }
    }

    /// POST `…/ajustement` (`etudiant`, `ambassadeur`): moves the student to the ambassador.
    static func adjust(_ context: WebContext) throws -> HTTPResponse {
        try change(context, confirm: nil) { id, revision, caller in
            let form = try context.form()
            guard let student = StudentID(form["etudiant"] ?? ""),
                let ambassador = AmbassadorID(form["ambassadeur"] ?? "")
            else {
                throw VisMonJobConsoleError.noAmbassadorChosen
            }
            _ = try context.workflows.adjustPair(
                id, studentID: student, ambassadorID: ambassador, expectedRevision: revision, by: caller)
        }
    }

    /// POST `…/publication`: matching → paired; both sides are told by e-mail.
    static func publish(_ context: WebContext) throws -> HTTPResponse {
        try change(
            context,
            confirm: (
                "Publier les binômes ?",
                "Chaque ambassadeur et chaque étudiant recevra un courriel et verra son binôme. Les binômes ne pourront plus être modifiés.",
                "Publier les binômes"
            )
        ) { id, revision, caller in
            _ = try context.workflows.publishPairing(id, expectedRevision: revision, by: caller)
        }
    }

    /// POST `…/terminer`: paired → done, from the event day on.
    static func complete(_ context: WebContext) throws -> HTTPResponse {
        try change(
            context,
            confirm: (
                "Clore l’édition ?",
                "L'édition sera terminée : les binômes ne pourront plus changer de date. La clôture est définitive.",
                "Clore l'édition"
            )
        ) { id, revision, caller in
            _ = try context.workflows.completeEdition(id, expectedRevision: revision, by: caller)
        }
    }

    /// POST `/console/vis-mon-job/binomes/{id}/effectue`: the day of the pair took place.
    static func markDone(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let pairID = PairID(raw), pairID.rawValue > 0 else { throw NotFoundError("pair", key: raw) }
        let pair = try context.workflows.pair(pairID, by: .user(user))
        let editionID = pair.pair.value.editionID
        guard WebConfirmation.confirmed(form) else {
            return WebConfirmation.page(
                context, form: form, question: "Confirmer que la journée a eu lieu ?",
                consequence:
                    "La journée du \(WebFormat.date(pair.day)) sera marquée effectuée et l'ambassadeur ou l'ambassadrice en sera distingué. Ce choix est définitif.",
                confirm: "La journée a eu lieu", back: VisMonJobConsolePage.path(editionID) + "#binomes")
        }
        do {
            _ = try context.workflows.markPairDone(
                pairID, expectedRevision: Int(form["revision"] ?? ""), by: .user(user))
            return WebResponse.seeOther(VisMonJobConsolePage.path(editionID) + "#binomes")
        } catch let error as VisMonJobError {
            return try page(
                context, editionID: editionID, feedback: Feedback(alert: FrenchMessages.visMonJob(error)),
                status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            return try page(
                context, editionID: editionID, feedback: Feedback(alert: stale), status: HTTPStatus(code: 409))
        }
    }

    /// POST `…/creneaux` (`date`, `heure`, `capacite`, `lieu`): publishes a coaching hour.
    static func publishSlot(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try editionID(context)
        let form = try context.form()
        var feedback = Feedback()
        for field in ["date", "heure", "capacite", "lieu"] { feedback.slot[field] = form[field] ?? "" }
        let date = WebFormat.parseDate(feedback.slot["date"] ?? "")
        if date == nil { feedback.slotErrors["date"] = WebFormat.dateError }
        let time = parseTime(feedback.slot["heure"] ?? "")
        if time == nil { feedback.slotErrors["heure"] = "saisissez une heure au format hh:mm, par exemple 10:00." }
        let capacity = Int((feedback.slot["capacite"] ?? "").trimmingWhitespace())
        if capacity == nil { feedback.slotErrors["capacite"] = FrenchMessages.visMonJob(.slotCapacityOutOfRange(0)) }
        if (feedback.slot["lieu"] ?? "").trimmingWhitespace().isEmpty {
            feedback.slotErrors["lieu"] = "indiquez l'adresse de la séance ou le lien de visioconférence."
        }
        guard feedback.slotErrors.isEmpty, let date, let time, let capacity,
            let startsAt = OwnerApplicationsPage.parisInstant("\(date)T\(time)")
        else {
            return try page(context, editionID: id, feedback: feedback, status: HTTPStatus(code: 422))
        }
        do {
            _ = try context.workflows.publishCoachingSlot(
                in: id, startsAt: startsAt, capacity: capacity, place: feedback.slot["lieu"] ?? "", by: .user(user))
            return WebResponse.seeOther(VisMonJobConsolePage.path(id) + "#preparation")
        } catch let error as VisMonJobError {
            switch error {
            case .slotPast, .slotNotBeforeEvent: feedback.slotErrors["date"] = FrenchMessages.visMonJob(error)
            case .slotCapacityOutOfRange: feedback.slotErrors["capacite"] = FrenchMessages.visMonJob(error)
            case .textLength: feedback.slotErrors["lieu"] = FrenchMessages.visMonJob(error)
            // Which field a refusal goes to: the others (an edition already done) are said above.
            default:
                feedback.alert = FrenchMessages.visMonJob(error)
                return try page(context, editionID: id, feedback: feedback, status: HTTPStatus(code: 409))
            }
            return try page(context, editionID: id, feedback: feedback, status: HTTPStatus(code: 422))
        }
    }

    /// `10:00`, `10h00`, `9h` or `9:30` as `HH:mm`; nil otherwise.
    static func parseTime(_ text: String) -> String? {
        let parts = text.trimmingWhitespace().lowercased().split(
            separator: /[:h]/, maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, let hour = Int(first), (0...23).contains(hour), first.count <= 2 else {
            return nil
        }
        let rest = parts.count > 1 ? String(parts[1]) : ""
        let minute = rest.isEmpty ? 0 : Int(rest)
        guard let minute, (0...59).contains(minute), rest.count <= 2 else { return nil }
        return String(format: "%02d:%02d", hour, minute)
    }

    static let stale = "l'édition a changé entre-temps : relisez la page et recommencez."

    /// One operator change of the edition with the revision read: the confirmation page first
    /// when `confirm` says what cannot be undone (question, consequence, button), then the use
    /// case, then back to the page (303); a refusal renders the page with it (409).
    private static func change(
        _ context: WebContext, confirm: (String, String, String)?,
        _ apply: (EditionID, Int?, Caller) throws -> Void
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try editionID(context)
        let form = try context.form()
        if let confirm, !WebConfirmation.confirmed(form) {
            // The question is the operator's only: anybody else meets the use case's 403 here.
            _ = try context.workflows.editionRegistrations(id, by: .user(user))
            return WebConfirmation.page(
                context, form: form, question: confirm.0, consequence: confirm.1, confirm: confirm.2,
                back: VisMonJobConsolePage.path(id))
        }
        do {
            try apply(id, Int(form["revision"] ?? ""), .user(user))
            return WebResponse.seeOther(VisMonJobConsolePage.path(id))
        } catch let error as VisMonJobError {
            return try page(
                context, editionID: id, feedback: Feedback(alert: FrenchMessages.visMonJob(error)),
                status: HTTPStatus(code: error.kind == .conflict ? 409 : 422))
        } catch let error as VisMonJobConsoleError {
            return try page(
                context, editionID: id, feedback: Feedback(alert: error.message), status: HTTPStatus(code: 422))
        } catch is StaleRevisionError {
            return try page(context, editionID: id, feedback: Feedback(alert: stale), status: HTTPStatus(code: 409))
        } catch let error as NotFoundError where error.field != nil {
            // A student or an ambassador of another edition (a forged form).
            return try page(
                context, editionID: id, feedback: Feedback(alert: VisMonJobConsoleError.noAmbassadorChosen.message),
                status: HTTPStatus(code: 422))
        }
    }

    static func editionID(_ context: WebContext) throws -> EditionID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = EditionID(raw), id.rawValue > 0 else { throw NotFoundError("edition", key: raw) }
        return id
    }
}

/// A console form the page itself refuses before any use case.
enum VisMonJobConsoleError: Error {
    /// The adjustment names no student or ambassador.
    case noAmbassadorChosen

    var message: String {
        switch self {
        case .noAmbassadorChosen: "choisissez un ambassadeur ou une ambassadrice de cette édition."
        }
    }
}
