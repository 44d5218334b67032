import Domain

/// The explanation of a match: the score (out of 100) and its parts, rounded to one decimal,
/// the required skills held and missing, and the reasons.
struct MatchJSON: Encodable {
    struct Scores: Encodable {
        let skills: Double
        let family: Double
        let availability: Double
        let place: Double
    }

    struct Matched: Encodable {
        let code: SkillCode
        let name: String
        let level: SkillLevel
        let minimumLevel: SkillLevel
        let met: Bool
    }

    struct Missing: Encodable {
        let code: SkillCode
        let name: String
        let minimumLevel: SkillLevel
    }

    let score: Double
    let scores: Scores
    let matchedSkills: [Matched]
    let missingSkills: [Missing]
    let reasons: [MatchReason]

    init(_ explanation: MatchExplanation) {
        let rounded = explanation.score.rounded
        score = (explanation.score.total * 10).rounded() / 10
        scores = Scores(
            skills: rounded.skills, family: rounded.family, availability: rounded.availability,
            place: rounded.place)
        matchedSkills = explanation.matchedSkills.map {
            Matched(code: $0.code, name: $0.name, level: $0.level, minimumLevel: $0.minimumLevel, met: $0.isMet)
        }
        missingSkills = explanation.missingSkills.map {
            Missing(
                code: $0.code, name: SkillTaxonomy.standard.skill($0.code)?.name ?? $0.code.rawValue,
                minimumLevel: $0.minimumLevel)
        }
        reasons = explanation.reasons
    }
}

/// A talent recommended for a mission, with its rank (1 first).
struct TalentRecommendationJSON: Encodable {
    let rank: Int
    let talent: PoolProfileJSON
    let match: MatchJSON
}

/// A mission recommended to a talent, with its rank (1 first).
struct MissionRecommendationJSON: Encodable {
    let rank: Int
    let mission: MissionJSON
    let match: MatchJSON
}

/// A saved search.
struct SavedSearchJSON: Encodable {
    let id: SavedSearchID
    let name: String
    let parameters: [String: String]
    let createdAt: String

    init(_ search: SavedSearch) {
        id = search.id
        name = search.name
        parameters = search.parameters
        createdAt = search.createdAt.rfc3339
    }
}
