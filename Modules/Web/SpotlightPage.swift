import Domain
import Gamification
import HTML
import HTTP
import Workflows

/// `/a-l-honneur`: the public spotlight, the talents who chose to appear and what they contributed
/// in a period (`du`, `au`; the last 90 days by default); and POST `/a-l-honneur/participation`,
/// where the signed-in talent opts in (box ticked) or out (`setSpotlight`).
enum SpotlightPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let query = context.http.query
        let from = query["du"] ?? ""
        let to = query["au"] ?? ""
        var errors = FormErrors()
        var period: SpotlightPeriod?
        switch (from.isEmpty, to.isEmpty) {
        case (true, true): break
        case (false, true): errors["au"] = "indiquez aussi le dernier jour de la période."
        case (true, false): errors["du"] = "indiquez aussi le premier jour de la période."
        case (false, false):
            let first = WebFormat.parseDate(from)
            let last = WebFormat.parseDate(to)
            if first == nil { errors["du"] = WebFormat.dateError }
            if last == nil { errors["au"] = WebFormat.dateError }
            if let first, let last {
                do {
                    period = try SpotlightPeriod(from: first, to: last)
                } catch let error as SpotlightError {
                    errors["au"] =
                        error == .periodTooLong
                        ? "la période compte au plus \(SpotlightPeriod.maximumDays) jours."
                        : "le dernier jour doit suivre le premier."
                }
            }
        }
        let listing = try context.workflows.spotlight(period)
        let shown = "du \(WebFormat.date(listing.period.from)) au \(WebFormat.date(listing.period.to))"
        let entries: HTML =
            listing.entries.isEmpty
            ? "<p>Aucun talent à l'honneur sur cette période.</p>"
            : "<ul class=\"cards\">\(each: listing.entries, entry)</ul>"
        let invitation: HTML? =
            context.user.map { user in
                user.has(.talent)
                    ? "<p>Vous aussi, vous pouvez apparaître sur cette page : faites-en le choix dans <a href=\"/mes-distinctions#a-l-honneur\">Mes distinctions</a>.</p>"
                    : nil
            } ?? nil
        let main: HTML = """
            <h1>À l'honneur</h1>
            <p>Ces agents publics ont partagé leurs talents numériques avec d'autres administrations et ont choisi de le faire savoir : missions menées à bien, heures validées, distinctions obtenues.</p>
            \(invitation)
            <form method="get" action="/a-l-honneur" aria-label="Choisir la période" novalidate>
            \(WebLayout.alert(errors.isEmpty ? nil : "La période demandée n'est pas valide : la période par défaut est affichée."))
            <div class="filters">
            \(WebField.input("du", label: "Du", hint: WebFormat.dateHint, type: "date", value: from, error: errors["du"]))
            \(WebField.input("au", label: "Au", hint: WebFormat.dateHint, type: "date", value: to, error: errors["au"]))
            </div>
            <button class="fr-btn" type="submit">Afficher la période</button>
            </form>
            <h2>Talents à l'honneur \(shown)</h2>
            \(entries)
            """
        // A GET filter, as in the catalogue: the page answers 200 with the errors shown.
        return WebResponse.page(WebLayout.page("À l'honneur", context: context, main: main), context: context)
    }

    private static func entry(_ entry: SpotlightEntry) -> HTML {
        let missions = entry.missionsCompleted
        let contributions = [
            missions == 0
                ? nil : "\(missions) mission\(missions > 1 ? "s" : "") menée\(missions > 1 ? "s" : "") à bien",
            entry.validatedMinutes == 0 ? nil : "temps validé : \(WebFormat.duration(minutes: entry.validatedMinutes))"
        ].compactMap { $0 }
        let distinctions = entry.distinctions.map { DistinctionCatalogue.definition($0).name }
        let earned: HTML? =
            distinctions.isEmpty
            ? nil
            : """
            <p class="meta">Distinctions : \(distinctions.joined(separator: ", "))</p>
            """
        return """
            <li class="card">
            <h3>\(entry.displayName)</h3>
            <p class="meta">\(entry.employer)</p>
            \(contributions.isEmpty ? nil : "<p>\(contributions.joined(separator: " · "))</p>" as HTML)
            \(earned)
            </li>
            """
    }

    /// POST `/a-l-honneur/participation`: `choix=participation` (with the consent box) or
    /// `choix=retrait`, with the talent's revision; back to `/mes-distinctions`.
    static func participate(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let fields = try context.form()
        guard let talent = try TalentProfilePage.ownProfile(context, user) else {
            throw NotFoundError("talent", key: "me")
        }
        let optIn = fields["choix"] == "participation"
        guard !optIn || fields["consentement"] == "oui" else {
            return try MyDistinctionsPage.render(
                context, spotlightError: "cochez la case pour donner votre accord.",
                status: HTTPStatus(code: 422))
        }
        do {
            _ = try context.workflows.setSpotlight(
                talent.value.id, optedIn: optIn,
                expectedRevision: fields["revision"].flatMap { Int($0) } ?? 0,
                by: .user(user))
        } catch let error where error is StaleRevisionError || error is SpotlightError {
            // Already in or out, or changed elsewhere: the page as it is now.
            return try MyDistinctionsPage.render(
                context, alert: "Votre choix a changé entre-temps : voici l'état actuel.",
                status: HTTPStatus(code: 409))
        }
        return WebResponse.seeOther("/mes-distinctions#a-l-honneur")
    }
}
