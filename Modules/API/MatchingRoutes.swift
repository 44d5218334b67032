import Domain
import HTTP
import Workflows

/// Recommendations (`/v1/missions/{id}/recommendations`, `/v1/talents/me/recommendations`) and
/// saved searches (`/v1/saved-searches`), whose matches are queued for the notification digest.
enum MatchingRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/missions/{id}/recommendations") { request in
            let caller = try request.caller()
            let id: MissionID = try request.id("id", "mission")
            let query = try RecommendationQuery(
                query: request.http.query, allowed: RecommendationQuery.missionParameters)
            let items = try request.workflows.recommendTalents(for: id, query: query, by: caller)
            return try .apiJSON(
                ItemsJSON(
                    items: items.enumerated().map { index, item in
                        TalentRecommendationJSON(
                            rank: index + 1, talent: PoolProfileJSON(item.profile),
                            match: MatchJSON(item.explanation))
                    }))
        }
        api.on(.get, "/v1/talents/me/recommendations") { request in
            let caller = try request.caller()
            let query = try RecommendationQuery(
                query: request.http.query, allowed: RecommendationQuery.talentParameters)
            let items = try request.workflows.recommendMissions(query: query, by: caller)
            return try .apiJSON(
                ItemsJSON(
                    items: items.enumerated().map { index, item in
                        MissionRecommendationJSON(
                            rank: index + 1, mission: MissionJSON(item.mission),
                            match: MatchJSON(item.explanation))
                    }))
        }
        addSavedSearches(to: &api)
    }

    private static func addSavedSearches(to api: inout APIRouter) {
        api.on(.get, "/v1/saved-searches") { request in
            let searches = try request.workflows.savedSearches(by: try request.caller())
            return try .apiJSON(ItemsJSON(items: searches.map(SavedSearchJSON.init)))
        }
        api.on(.post, "/v1/saved-searches") { request in
            let caller = try request.caller()
            let new = try request.decode(NewSavedSearch.self)
            return try request.idempotent { connection in
                let search = try request.workflows.createSavedSearch(new, by: caller, in: connection)
                return try APIJSON.recorded(
                    SavedSearchJSON(search), status: 201,
                    location: "/v1/saved-searches/\(search.id.rawValue)",
                    revision: savedSearchRevision)
            }
        }
        api.on(.get, "/v1/saved-searches/{id}") { request in
            let caller = try request.caller()
            let search = try request.workflows.savedSearch(try request.id("id", "saved-search"), by: caller)
            return try .resource(SavedSearchJSON(search), revision: savedSearchRevision)
        }
        api.on(.delete, "/v1/saved-searches/{id}") { request in
            let caller = try request.caller()
            try request.workflows.deleteSavedSearch(try request.id("id", "saved-search"), by: caller)
            return HTTPResponse(status: .noContent)
        }
    }

    /// Saved searches never change once saved (delete and save again): their `ETag` is always 1.
    private static let savedSearchRevision = 1
}
