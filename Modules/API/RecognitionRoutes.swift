import Domain
import Gamification
import HTTP
import Workflows

/// Recognition: credit accounts (`/v1/administrations/{id}/credits…`), distinctions, the
/// spotlight, and the diplomas (operator revocation here, public documents in ``BadgeRoutes``).
enum RecognitionRoutes {
    static func add(to api: inout APIRouter) {
        BadgeRoutes.add(to: &api)
        addCredits(to: &api)
        addDistinctions(to: &api)
        addSpotlight(to: &api)
    }

    private static func addCredits(to api: inout APIRouter) {
        api.on(.get, "/v1/administrations/{id}/credits") { request in
            let caller = try request.caller()
            let account = try request.workflows.creditAccount(try request.id("id", "administration"), by: caller)
            return try .apiJSON(account)
        }
        api.on(.get, "/v1/administrations/{id}/credits/statement") { request in
            let caller = try request.caller()
            let id: AdministrationID = try request.id("id", "administration")
            let query = request.http.query
            let limit = try query["limit"].map { text in
                guard let limit = Int(text) else { throw LedgerQueryError.invalidLimit(text) }
                return limit
            }
            let page = try request.workflows.creditStatement(id, cursor: query["cursor"], limit: limit, by: caller)
            return try .apiJSON(StatementPageJSON(items: page.lines, nextCursor: page.nextCursor))
        }
    }

    private static func addDistinctions(to api: inout APIRouter) {
        api.on(.get, "/v1/distinctions") { request in
            try .apiJSON(request.workflows.distinctionCatalogue())
        }
        api.on(.get, "/v1/me/distinctions") { request in
            try .apiJSON(try request.workflows.myDistinctions(by: try request.caller()).map(DistinctionJSON.init))
        }
        api.on(.get, "/v1/talents/{id}/distinctions") { request in
            let caller = try request.caller()
            let records = try request.workflows.distinctions(ofTalent: try request.id("id", "talent"), by: caller)
            return try .apiJSON(records.map(DistinctionJSON.init))
        }
        api.on(.get, "/v1/me/badges") { request in
            let caller = try request.caller()
            let urls = request.workflows.configuration.recognition.issuer.urls
            return try .apiJSON(try request.workflows.myBadges(by: caller).map { DiplomaJSON($0, urls: urls) })
        }
    }

    private static func addSpotlight(to api: inout APIRouter) {
        api.on(.get, "/v1/spotlight") { request in
            let query = request.http.query
            let period: SpotlightPeriod?
            switch (query["from"], query["to"]) {
            case (nil, nil): period = nil
            case (let from?, let to?):
                period = try SpotlightPeriod(
                    from: try LocalDate(parsing: from, field: "from"),
                    to: try LocalDate(parsing: to, field: "to"))
            case (nil, _): throw ValueError.malformedDate(field: "from", text: "")
            case (_, nil): throw ValueError.malformedDate(field: "to", text: "")
            }
            let listing = try request.workflows.spotlight(period)
            return try .apiJSON(SpotlightJSON(from: listing.period.from, to: listing.period.to, items: listing.entries))
        }
        api.on(.get, "/v1/talents/{id}/spotlight") { request in
            let caller = try request.caller()
            let consent = try request.workflows.spotlightConsent(try request.id("id", "talent"), by: caller)
            return try .resource(SpotlightConsentJSON(consent.value), revision: consent.revision)
        }
        api.on(.post, "/v1/talents/{id}/spotlight") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let id: TalentID = try request.id("id", "talent")
            guard try request.decode(ConsentBody.self).consent else { throw SpotlightError.consentRequired }
            let consent = try request.workflows.setSpotlight(id, optedIn: true, expectedRevision: revision, by: caller)
            return try .resource(SpotlightConsentJSON(consent.value), revision: consent.revision)
        }
        api.on(.delete, "/v1/talents/{id}/spotlight") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let consent = try request.workflows.setSpotlight(
                try request.id("id", "talent"), optedIn: false,
                expectedRevision: revision, by: caller)
            return try .resource(SpotlightConsentJSON(consent.value), revision: consent.revision)
        }
    }

    /// `{"consent": true}`.
    private struct ConsentBody: Decodable {
        let consent: Bool
    }
}
