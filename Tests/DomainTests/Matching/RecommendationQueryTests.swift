import Domain
import Testing

@Suite struct RecommendationQueryTests {
    static func parse(
        _ pairs: [(String, String)],
        allowed: Set<String> = RecommendationQuery.missionParameters
    ) throws -> RecommendationQuery {
        try RecommendationQuery(query: pairs.map { (name: $0.0, value: $0.1) }, allowed: allowed)
    }

    @Test func parsesTheFilters() throws {
        let query = try Self.parse([("limit", "50"), ("minLevel", "3"), ("departement", "2a")])
        #expect(query == RecommendationQuery(limit: 50, minimumLevel: .mastery, departement: try Departement("2A")))
        #expect(try Self.parse([]).limit == 20)
    }

    @Test func refusesBadInputNamingTheParameter() {
        #expect(throws: RecommendationError.limitOutOfRange("1000")) { try Self.parse([("limit", "1000")]) }
        #expect(throws: RecommendationError.limitOutOfRange("0")) { try Self.parse([("limit", "0")]) }
        #expect(throws: RecommendationError.invalidLevel("7")) { try Self.parse([("minLevel", "7")]) }
        #expect(throws: RecommendationError.repeatedParameter("limit")) {
            try Self.parse([("limit", "5"), ("limit", "6")])
        }
        #expect(throws: RecommendationError.unknownParameter("minLevel", allowed: ["limit"])) {
            try Self.parse([("minLevel", "2")], allowed: RecommendationQuery.talentParameters)
        }
        #expect(RecommendationError.invalidLevel("7").field == "minLevel")
        #expect(RecommendationError.limitOutOfRange("1000").message.contains("1 to 50"))
    }

    @Test func savedSearchesKeepOnlyWhatAlertsUse() throws {
        #expect(try NewSavedSearch(name: "  Sécurité  ", parameters: ["q": "secu"]).validated().name == "Sécurité")
        #expect(throws: SavedSearchError.nameLength(count: 0)) {
            try NewSavedSearch(name: "  ", parameters: [:]).validated()
        }
        #expect(throws: SavedSearchError.parameterNotSaved("sort")) {
            try NewSavedSearch(name: "Récents", parameters: ["sort": "-publishedAt"]).validated()
        }
        #expect(SavedSearchError.tooMany.kind == .conflict)
    }
}
