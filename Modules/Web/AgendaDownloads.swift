import Calendar
import Domain
import Gamification
import HTML
import HTTP
import Notifications
import Workflows

/// The "Ajouter à mon agenda (.ics)" downloads (issue 20): an iCalendar file (`METHOD:PUBLISH`)
/// of the date a page shows, to whoever may see that page — the use case that reads the page
/// decides (404 or 403 otherwise). The UID and the SEQUENCE are those of the e-mailed
/// invitation (``AgendaEvents``), so importing both keeps one entry in an agenda.
enum AgendaDownloads {
    /// The link a page shows under the date.
    static func link(_ path: String, label: String = "Ajouter à mon agenda (.ics)") -> HTML {
        """
        <p><a class="fr-link fr-icon-download-line fr-link--icon-left" href="\(path)" download>\(label)</a></p>
        """
    }

    /// GET `/candidatures/{id}/echange.ics`: the interview proposed, to the applicant, the
    /// mission's owner and the operator (``Workflows/application(_:by:)``); 404 when no interview
    /// is proposed.
    static func interview(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = ApplicationID(raw), id.rawValue > 0 else { throw NotFoundError("application", key: raw) }
        let view = try context.workflows.application(id, by: .user(user))
        guard case .interviewProposed(let interview) = view.application.state else {
            throw NotFoundError("interview", key: raw)
        }
        // The applicant may withdraw: their page; the owner's (or the operator's) otherwise.
        let path =
            view.availableActions.contains(.withdraw) ? WebPaths.myApplication(id) : WebPaths.ownerApplication(id)
        let event = agenda(context).interview(
            applicationID: id, missionTitle: view.missionTitle, interview: interview, sequence: view.revision,
            stamp: context.workflows.clock.now, path: path)
        return file(event, filename: "echange-\(id.rawValue).ics")
    }

    /// GET `/vis-mon-job/pairs/{id}/journee.ics`: the pair's day, to its ambassador and the
    /// operator (``Workflows/pair(_:by:)``).
    static func pairDay(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = PairID(raw), id.rawValue > 0 else { throw NotFoundError("pair", key: raw) }
        let details = try context.workflows.pair(id, by: .user(user))
        return file(
            dayEvent(details, context: context, path: WebPaths.visMonJobPair(id.rawValue)),
            filename: "vis-mon-job-\(id.rawValue).ics")
    }

    /// GET `/vis-mon-job/binome/journee.ics?jeton=…`: the pair's day, to the student holding the
    /// private link (``Workflows/studentPair(token:)``).
    static func studentDay(_ context: WebContext) throws -> HTTPResponse {
        let (token, _) = try VisMonJobWeb.student(context.workflows, token: context.http.query["jeton"])
        let details = try context.workflows.studentPair(token: token)
        return file(
            dayEvent(details, context: context, path: WebPaths.visMonJobHome),
            filename: "vis-mon-job-\(details.pair.value.id.rawValue).ics")
    }

    /// GET `/vis-mon-job/ambassadeur/preparation.ics?edition=…`: the coaching hour the signed-in
    /// ambassador booked in the edition (``Workflows/ambassadorOverview(in:by:)``); 404 when none.
    static func coaching(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let raw = context.http.query["edition"] ?? ""
        guard let editionID = EditionID(raw), editionID.rawValue > 0 else { throw NotFoundError("edition", key: raw) }
        guard let overview = try context.workflows.ambassadorOverview(in: editionID, by: .user(user)),
            let booked = overview.bookedSlot,
            let slot = try context.workflows.coachingSlots(of: editionID).first(where: { $0.id == booked })
        else { throw NotFoundError("coaching-slot", key: raw) }
        let event = agenda(context).coaching(
            slotID: slot.id.rawValue, startsAt: slot.startsAt, place: slot.place, stamp: context.workflows.clock.now,
            path: WebPaths.visMonJobAmbassador)
        return file(event, filename: "vis-mon-job-preparation.ics")
    }

    /// GET `/conventions/{id}/agenda.ics`: the agreement's window, to whoever may read the agreement
    /// (``Workflows/agreement(_:by:)``: its parties, the referents concerned, the operator).
    static func agreementWindow(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let view = try context.workflows.agreement(try AgreementPage.agreementID(context), by: .user(user))
        let agreement = view.agreement
        let event = agenda(context).agreementWindow(
            agreementID: agreement.id.rawValue, missionTitle: view.missionTitle, start: agreement.terms.dates.start,
            end: agreement.terms.dates.end, sequence: 0, stamp: context.workflows.clock.now,
            path: WebPaths.agreement(agreement.id.rawValue))
        return file(event, filename: "convention-\(agreement.id.rawValue).ics")
    }

    private static func dayEvent(_ details: PairDetails, context: WebContext, path: String) -> CalendarEvent {
        agenda(context).visMonJobDay(
            pairID: details.pair.value.id.rawValue, day: details.day, sequence: details.pair.revision,
            stamp: context.workflows.clock.now, path: path)
    }

    private static func agenda(_ context: WebContext) -> AgendaEvents {
        AgendaEvents(baseURL: context.workflows.configuration.recognition.issuer.urls.baseURL)
    }

    /// The `.ics` file of `event`, not cached.
    private static func file(_ event: CalendarEvent, filename: String) -> HTTPResponse {
        let calendar = CalendarDocument(method: .publish, events: [event])
        var response = HTTPResponse(status: .ok, contentType: calendar.contentType, body: calendar.bytes)
        response.headers["Content-Disposition"] = "attachment; filename=\"\(filename)\""
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    }
}
