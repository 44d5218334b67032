import Domain
import Persistence
import Testing

/// The relevance test set of the mission search: for each query (accents folded, the last word a
/// prefix, filters applied), the missions that must come first, before any other match.
@Suite("Mission search: relevance test set")
struct MissionRelevanceTests {
    /// A query, its filters, and the titles that must fill the first places (in any order
    /// among themselves when `ordered` is false).
    struct Case: CustomStringConvertible {
        var text: String
        var search = MissionSearch()
        var first: [String]
        var ordered = true

        var description: String { "\(text) → \(first)" }
    }

    static let cases: [Case] = [
        // The prefix, accents folded: the three titles with a word starting with "secu"
        // (sécurité, sécurisation) come first.
        Case(
            text: "secu",
            first: [
                "Audit de sécurité du système d'information", "Sécurisation de la messagerie",
                "Indicateurs de la sécurité routière"
            ], ordered: false),
        Case(text: "securite systeme", first: ["Audit de sécurité du système d'information"]),
        Case(text: "accessibilité", first: ["Accessibilité numérique des formulaires", "Refonte du portail usagers"]),
        Case(text: "donnees", first: ["Entrepôt de données", "Indicateurs de la sécurité routière"]),
        Case(text: "marches publics", first: ["Formation aux marchés publics numériques"]),
        // Skill names are indexed: "conteneurs" is in the name of cloud-containers only.
        Case(text: "conteneur", first: ["Migration vers le cloud"]),
        // Filters narrow before ranking: the only security mission that cannot be done remotely.
        Case(text: "secu", search: MissionSearch(remote: false), first: ["Sécurisation de la messagerie"]),
        // No title holds the word: the newest mission first.
        Case(text: "rgaa", first: ["Accessibilité numérique des formulaires", "Refonte du portail usagers"])
    ]

    private static func catalogue(_ body: (MissionCatalogue) throws -> Void) throws {
        try withSeededDatabase { pool, seed throws in
            var catalogue = MissionCatalogue(pool: pool, seed: seed)
            func add(_ title: String, _ description: String, _ skill: SkillCode, remote: Bool = true) throws {
                try catalogue.add(
                    .make(
                        title: title, description: description,
                        requiredSkills: [SkillRequirement(skill, minimumLevel: .practice)],
                        departement: "75", remote: remote))
            }
            try add(
                "Audit de sécurité du système d'information",
                "Audit organisationnel et technique, recommandations.", "sec-audit")
            try add(
                "Sécurisation de la messagerie", "Durcissement des serveurs et DMARC.", "sec-governance",
                remote: false)
            try add("Indicateurs de la sécurité routière", "Visualisation des données d'accidentalité.", "data-bi")
            try add(
                "Refonte du portail usagers", "Ergonomie, accessibilité RGAA et système de design de l'État.",
                "design-dsfr")
            try add("Accessibilité numérique des formulaires", "Audit RGAA et corrections.", "a11y-audit")
            try add("Migration vers le cloud", "Applications et automatisation.", "cloud-containers")
            try add("Entrepôt de données", "Modélisation et alimentation décisionnelles.", "data-engineering")
            try add(
                "Formation aux marchés publics numériques", "Rédaction de cahiers des charges.",
                "proc-specifications")
            try body(catalogue)
        }
    }

    @Test("the missions that must come first do", arguments: cases)
    func mustComeFirst(_ testCase: Case) throws {
        try Self.catalogue { catalogue throws in
            var search = testCase.search
            search.text = try MissionTextQuery(testCase.text)
            let titles = try catalogue.titles(search)
            let head = Array(titles.prefix(testCase.first.count))
            if testCase.ordered {
                #expect(head == testCase.first, "all: \(titles)")
            } else {
                #expect(Set(head) == Set(testCase.first), "all: \(titles)")
            }
        }
    }
}
