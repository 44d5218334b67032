import Support

extension BenchDataGenerator {
    /// Words of mission texts, most frequent first: a text draws them with weights falling as
    /// 1 / rank (Zipf), so a search finds common words in many missions and rare ones in few.
    static let vocabulary = [
        "données", "service", "usagers", "équipe", "numérique", "projet", "accompagnement", "sécurité",
        "application", "démarche", "accessibilité", "développement", "administration", "qualité", "outil",
        "analyse", "architecture", "formation", "conception", "interface", "migration", "cloud", "réseau",
        "audit", "documentation", "logiciel", "plateforme", "agents", "territoire", "pilotage", "ergonomie",
        "référentiel", "open", "source", "tableau", "bord", "statistiques", "cartographie", "annuaire",
        "messagerie", "authentification", "hébergement", "supervision", "sauvegarde", "recette", "tests",
        "automatisation", "intégration", "déploiement", "maintenance", "infrastructure", "serveurs",
        "base", "modélisation", "visualisation", "algorithme", "intelligence", "artificielle", "éthique",
        "juridique", "marchés", "achats", "budget", "ressources", "humaines", "recrutement", "paie",
        "archivage", "dématérialisation", "signature", "électronique", "identité", "portail", "formulaire",
        "parcours", "utilisateur", "design", "système", "prototype", "maquette", "atelier", "entretiens",
        "enquête", "indicateurs", "pilote", "expérimentation", "mutualisation", "interopérabilité", "API",
        "géographique", "satellite", "météo", "agriculture", "santé", "hôpital", "éducation", "collège",
        "abattoir", "phare", "volcan", "glacier", "tramway", "bibliothèque", "musée", "forêt", "littoral"
    ]

    /// Verbs that open a mission's title.
    static let titleVerbs = [
        "Auditer", "Concevoir", "Développer", "Accompagner", "Sécuriser", "Migrer", "Documenter", "Former",
        "Cartographier", "Automatiser", "Moderniser", "Évaluer"
    ]

    /// `count` words of the vocabulary drawn by frequency, joined by spaces.
    mutating func words(_ count: Int) -> String {
        (0..<count).map { _ in Self.vocabulary[random.index(weights: Self.vocabularyWeights)] }
            .joined(separator: " ")
    }

    /// 1 / rank, scaled to integers.
    static let vocabularyWeights = vocabulary.indices.map { 10_000 / ($0 + 1) }
}
