import Domain

/// A ministry, directorate or service of the demo dataset, with what the generator needs
/// to write about it: how French refers to it, its mail domain and where its agents work.
struct DemoAdministration {
    /// The article French puts before the short name: "à la DINUM", "au SGDSN", "à l'INSEE".
    enum Article {
        case masculine, feminine, elided, plural
    }

    /// The full name.
    let name: String
    /// The unique acronym (2 to 16 of A–Z, 0–9).
    let acronym: String
    /// The name used in prose, usually the acronym.
    let shortName: String
    /// The article before ``shortName``.
    let article: Article
    /// The level in the hierarchy.
    let level: AdministrationLevel
    /// The mail domain of its agents.
    let emailDomain: String
    /// Départements (INSEE codes) where its agents work, the head office first.
    let departements: [String]
    /// Relative share of the demo talents it employs.
    let talentWeight: Int
    /// The administrations under it.
    let children: [DemoAdministration]

    /// "à la DGFIP", "au SGDSN", "à l'INSEE", "aux SPM".
    var atName: String {
        switch article {
        case .masculine: "au \(shortName)"
        case .feminine: "à la \(shortName)"
        case .elided: "à l'\(shortName)"
        case .plural: "aux \(shortName)"
        }
    }

    /// A ministry with its directorates.
    static func ministry(
        _ name: String, _ acronym: String, _ article: Article, domain: String,
        _ children: [DemoAdministration]
    ) -> DemoAdministration {
        DemoAdministration(
            name: name, acronym: acronym, shortName: acronym, article: article, level: .ministry,
            emailDomain: domain, departements: ["75"], talentWeight: 0, children: children)
    }

    /// A directorate (or, with `level`, a service) whose agents may be talents and run missions.
    static func unit(
        _ name: String, _ acronym: String, _ article: Article, shortName: String? = nil,
        level: AdministrationLevel = .directorate, domain: String, _ departements: [String],
        weight: Int = 1, _ children: [DemoAdministration] = []
    ) -> DemoAdministration {
        DemoAdministration(
            name: name, acronym: acronym, shortName: shortName ?? acronym, article: article,
            level: level, emailDomain: domain, departements: departements, talentWeight: weight,
            children: children)
    }
}
