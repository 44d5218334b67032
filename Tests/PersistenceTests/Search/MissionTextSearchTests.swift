import Domain
import Persistence
import Testing

@Suite("Mission search: full text (FTS5) on a real SQLite file")
struct MissionTextSearchTests {
    private static func catalogue(_ body: (MissionCatalogue) throws -> Void) throws {
        try withSeededDatabase { pool, seed throws in
            var catalogue = MissionCatalogue(pool: pool, seed: seed)
            try catalogue.add(
                .make(
                    title: "Sécurité des systèmes industriels",
                    description: "Cartographie des automates et durcissement.",
                    requiredSkills: [SkillRequirement("cloud-linux", minimumLevel: .expert)]))
            try catalogue.add(
                .make(
                    title: "Tableau de bord", description: "Indicateurs de sécurité des réseaux.",
                    requiredSkills: [SkillRequirement("data-analysis", minimumLevel: .practice)]))
            try catalogue.add(
                .make(
                    title: "Ergonomie du portail", description: "Parcours usagers et formulaires.",
                    requiredSkills: [SkillRequirement("sec-audit", minimumLevel: .practice)]))
            try body(catalogue)
        }
    }

    private func titles(_ catalogue: MissionCatalogue, _ text: String, _ search: MissionSearch = MissionSearch())
        throws -> [String]
    {
        var search = search
        search.text = try MissionTextQuery(text)
        return try catalogue.titles(search)
    }

    @Test("accents and case are folded: securite finds sécurité, in titles and descriptions")
    func accentFolding() throws {
        try Self.catalogue { catalogue throws in
            for text in ["securite", "SÉCURITÉ", "Securité", "sécurite"] {
                #expect(
                    try titles(catalogue, text) == ["Sécurité des systèmes industriels", "Tableau de bord"],
                    "\(text)")
            }
            #expect(try titles(catalogue, "reseaux") == ["Tableau de bord"])
            #expect(try titles(catalogue, "systemes industriels") == ["Sécurité des systèmes industriels"])
        }
    }

    @Test("the last word is a prefix, the others whole words")
    func prefix() throws {
        try Self.catalogue { catalogue throws in
            #expect(try titles(catalogue, "secu") == ["Sécurité des systèmes industriels", "Tableau de bord"])
            #expect(try titles(catalogue, "systemes secu") == ["Sécurité des systèmes industriels"])
            #expect(try titles(catalogue, "secu systemes") == [], "secu is not a word")
            #expect(try titles(catalogue, "ergo") == ["Ergonomie du portail"])
        }
    }

    @Test("a prefix of any length finds what the whole words find (prefix indexes of 2 to 16 characters)")
    func prefixesOfEveryLength() throws {
        try Self.catalogue { catalogue throws in
            // Every prefix of "industriels" (11 letters) and of "cartographie" (12) from 4 letters on,
            // up to the whole word; beyond 16 characters FTS5 merges the terms itself.
            for word in ["industriels", "cartographie"] {
                for length in 4...word.count {
                    #expect(
                        try titles(catalogue, String(word.prefix(length))) == ["Sécurité des systèmes industriels"],
                        "\(word.prefix(length))")
                }
            }
            #expect(try titles(catalogue, "formulai") == ["Ergonomie du portail"])
            #expect(try titles(catalogue, "formulairesx") == [])
            #expect(try titles(catalogue, "indicateu") == ["Tableau de bord"])
        }
    }

    @Test("required skills are searched by their names")
    func skillNames() throws {
        try Self.catalogue { catalogue throws in
            #expect(try titles(catalogue, "intrusion") == ["Ergonomie du portail"])
            #expect(try titles(catalogue, "linux") == ["Sécurité des systèmes industriels"])
        }
    }

    @Test("ranked by relevance (a title counts more), then the most recent; an explicit sort wins")
    func ranking() throws {
        try withSeededDatabase { pool, seed throws in
            var catalogue = MissionCatalogue(pool: pool, seed: seed)
            try catalogue.add(
                .make(
                    title: "Revue de code", description: "Audit de la messagerie.",
                    requiredSkills: [SkillRequirement("dev-java", minimumLevel: .practice)]))
            try catalogue.add(
                .make(
                    title: "Messagerie sécurisée", description: "Migration des boîtes.",
                    requiredSkills: [SkillRequirement("dev-java", minimumLevel: .practice)],
                    effortHours: 10))
            try catalogue.add(
                .make(
                    title: "Messagerie instantanée", description: "Déploiement.",
                    requiredSkills: [SkillRequirement("dev-java", minimumLevel: .practice)],
                    effortHours: 20))
            // Same score for both titles: the more recent first; the description-only match last.
            #expect(
                try titles(catalogue, "messagerie")
                    == ["Messagerie instantanée", "Messagerie sécurisée", "Revue de code"])
            #expect(
                try titles(catalogue, "messagerie", MissionSearch(sort: MissionSort(.effort)))
                    == ["Messagerie sécurisée", "Messagerie instantanée", "Revue de code"])
            #expect(try titles(catalogue, "messagerie", MissionSearch(natures: [.advice])) == [])
        }
    }

    @Test("operators, quotes and SQL in the text are words, never syntax; nothing is changed")
    func injection() throws {
        try Self.catalogue { catalogue throws in
            var catalogue = catalogue
            try catalogue.add(.make(title: "<script>alert('x')</script> Robert'); DROP TABLE missions;--"))
            for text in [
                "'; DROP TABLE missions; --", "\" OR 1=1 --", "NEAR(a b) AND NOT *", "title:x OR y*",
                "^début", "a\"b", "sécurité OR", "missions_fts MATCH '*'"
            ] {
                _ = try titles(catalogue, text)
            }
            #expect(
                try titles(catalogue, "drop table") == [
                    "<script>alert('x')</script> Robert'); DROP TABLE missions;--"
                ])
            #expect(try titles(catalogue, "script alert").count == 1)
            #expect(try titles(catalogue, "securite OR") == [], "OR is a word to find, not an operator")
            try catalogue.pool.read { connection throws in
                #expect(try connection.count("missions") == 5)
                #expect(try connection.count("missions_fts") == 5)
            }
        }
    }
}
