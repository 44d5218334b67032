import Domain
import Persistence
import Support

/// Generates the data set of the benchmark straight into the tables, in one transaction:
/// administrations, talents (with users and skills, a share of them in the pool) and published
/// missions (with skills and their full-text rows). The matching tables of schema version 6
/// are filled by their triggers, as in production.
struct BenchData {
    var talents = 300_000
    var missions = 50_000
    var poolShare = 0.65
    var seed: UInt64 = 9
    /// The day the data is generated for: windows and deadlines are after it.
    var today = try! LocalDate(parsing: "2026-11-22")

    static let departements = [
        "75", "69", "13", "33", "31", "59", "67", "44", "35", "34", "06", "92", "93", "94",
        "78", "91", "95", "77", "38", "76", "57", "54", "21", "25", "45", "37", "87", "63",
        "29", "56", "2A", "971", "974", "972", "973", "976"
    ]
    static let words = [
        "sécurité", "données", "développement", "accessibilité", "cloud", "architecture",
        "marché public", "messagerie", "réseau", "ergonomie", "intelligence artificielle",
        "gouvernance", "identité", "référentiel", "pilotage", "formation", "interopérabilité",
        "plateforme", "API", "supervision", "audit", "RGPD", "open data", "géomatique"
    ]

    func generate(into database: DatabasePool, log: (String) -> Void) throws {
        var random = SplitMix64(seed: seed)
        let skills = SkillTaxonomy.standard.skills
        let families = SkillFamily.allCases.filter { family in skills.contains { $0.family == family } }
        try database.write { connection in
            let now = Instant(millisecondsSinceEpoch: Int64(today.daysSinceEpoch) * 86_400_000)
            var administrations: [Int64] = []
            for ministry in 1...20 {
                try connection.run(
                    """
                    INSERT INTO administrations(id, name, acronym, level, public_service, parent_id, created_at)
                    VALUES (?, ?, ?, 'ministry', 'state', NULL, ?)
                    """, Int64(ministry * 100), "Ministère \(ministry)", "MIN\(ministry)", now)
                for directorate in 1...10 {
                    let id = Int64(ministry * 100 + directorate)
                    try connection.run(
                        """
                        INSERT INTO administrations(id, name, acronym, level, public_service, parent_id, created_at)
                        VALUES (?, ?, ?, 'directorate', 'state', ?, ?)
                        """, id, "Direction \(directorate) du ministère \(ministry)", "DIR\(ministry)-\(directorate)",
                        Int64(ministry * 100), now)
                    administrations.append(id)
                }
            }
            log("administrations: \(administrations.count)")
            for number in 1...talents {
                let id = Int64(number)
                try connection.run(
                    "INSERT INTO users(id, display_name, email, created_at) VALUES (?, ?, ?, ?)",
                    id, "Agent \(number)", "agent\(number)@bench.test", now)
                try connection.run("INSERT INTO user_roles(user_id, role) VALUES (?, 'talent')", id)
                let bounded = random.chance(30)
                let from = bounded ? today.adding(days: random.int(in: -60...180)) : nil
                let until = from.map { $0.adding(days: random.int(in: 30...365)) }
                try connection.run(
                    """
                    INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email,
                        departement, hours_per_month, available_from, available_until, presentation, pool_consent_at,
                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'Responsable', 'responsable@bench.test', ?, ?, ?, ?, '', NULL, ?, ?)
                    """,
                    arguments: [
                        id, id, random.skewed(administrations),
                        random.chance(70) ? "civil-servant" : "contract-agent",
                        random.skewed(Self.departements), random.int(in: 4...40),
                        from, until, now, now
                    ])
                // A main family, most skills in it, sometimes one elsewhere.
                let family = random.skewed(families)
                let own = skills.filter { $0.family == family }
                var chosen: Set<SkillCode> = []
                for _ in 0..<random.int(in: 2...5) {
                    chosen.insert(
                        random.chance(75)
                            ? random.element(of: own).code
                            : random.element(of: skills).code)
                }
                for (position, code) in chosen.sorted().enumerated() {
                    try connection.run(
                        """
                        INSERT INTO talent_skills(talent_id, position, skill_code, level) VALUES (?, ?, ?, ?)
                        """, id, position, code.rawValue, random.skewed([2, 3, 1, 4]))
                }
                // Consent last: the triggers then write the talent's pool rows once.
                if random.chance(Int(poolShare * 100)) {
                    try connection.run("UPDATE talents SET pool_consent_at = ? WHERE id = ?", now, id)
                }
                if number % 50_000 == 0 { log("talents: \(number)") }
            }
            try generateMissions(connection, administrations: administrations, random: &random, now: now, log: log)
        }
    }

    private func generateMissions(
        _ connection: Connection, administrations: [Int64], random: inout SplitMix64,
        now: Instant, log: (String) -> Void
    ) throws {
        let skills = SkillTaxonomy.standard.skills
        let natures = MissionNature.allCases
        let owner = Int64(talents + 1)
        try connection.run(
            "INSERT INTO users(id, display_name, email, created_at) VALUES (?, 'Owner', 'owner@bench.test', ?)",
            owner, now)
        for number in 1...missions {
            let id = Int64(number)
            let start = today.adding(days: random.int(in: 7...200))
            let end = start.adding(days: random.int(in: 14...180))
            let required = (0..<random.int(in: 1...4)).map { _ in random.skewed(skills).code }
            let codes = Array(Set(required)).sorted()
            let topic = random.skewed(Self.words)
            let other = random.skewed(Self.words)
            let title = "\(topic.prefix(1).uppercased() + topic.dropFirst()) : appui sur \(other) (\(number))"
            let description =
                "Notre direction cherche un appui en \(topic) et \(other) pour un projet de "
                + "modernisation. Livrables attendus : diagnostic, recommandations, accompagnement de l'équipe."
            let remote = random.chance(60)
            let departement: String? = remote && random.chance(50) ? nil : random.skewed(Self.departements)
            let publishedAt = Instant(
                millisecondsSinceEpoch: now.millisecondsSinceEpoch
                    - Int64(random.int(in: 0...(90 * 86_400_000))))
            try connection.run(
                """
                INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours,
                    window_start, window_end, departement, remote, talents_sought, application_deadline, crisis, state,
                    created_at, updated_at, submitted_at, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0, 'published', ?, ?, ?, ?)
                """,
                arguments: [
                    id, random.skewed(administrations), owner, title, description,
                    random.element(of: natures).rawValue, random.int(in: 7...105),
                    start, end, departement, remote, start, now, now, now, publishedAt
                ])
            for (position, code) in codes.enumerated() {
                try connection.run(
                    """
                    INSERT INTO mission_skills(mission_id, position, skill_code, minimum_level) VALUES (?, ?, ?, ?)
                    """, id, position, code.rawValue, random.skewed([2, 3, 1, 4]))
            }
            try connection.run(
                """
                INSERT INTO missions_fts(rowid, title, description, skills)
                SELECT ?1, ?2, ?3, coalesce((SELECT group_concat(s.name, ' ') FROM mission_skills ms
                    JOIN skills s ON s.code = ms.skill_code WHERE ms.mission_id = ?1), '')
                """, id, title, description)
            if number % 10_000 == 0 { log("missions: \(number)") }
        }
    }
}
