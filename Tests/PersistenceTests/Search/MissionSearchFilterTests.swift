import Domain
import Persistence
import Testing

@Suite("Mission search: filters and scopes on a real SQLite file")
struct MissionSearchFilterTests {
    /// The seed's mission plus five more, one per line of the table below.
    private static func catalogue(_ body: (MissionCatalogue) throws -> Void) throws {
        try withSeededDatabase { pool, seed throws in
            var catalogue = MissionCatalogue(pool: pool, seed: seed)
            try catalogue.add(
                .make(
                    title: "Sécurité des systèmes industriels", nature: .securityHardening,
                    requiredSkills: [SkillRequirement("sec-audit", minimumLevel: .expert)],
                    effortHours: 70, window: window("2026-05-01", "2026-10-31"), departement: "2A",
                    remote: false, applicationDeadline: Fixture.date("2026-04-15")))
            try catalogue.add(
                .make(
                    title: "Tableau de bord des urgences", nature: .softwareComponent,
                    requiredSkills: [
                        SkillRequirement("data-analysis", minimumLevel: .practice),
                        SkillRequirement("dev-frontend", minimumLevel: .practice)
                    ],
                    effortHours: 21, window: window("2026-04-01", "2026-06-30"), departement: nil,
                    remote: true, applicationDeadline: Fixture.date("2026-03-20"), crisis: true))
            try catalogue.add(
                .make(
                    title: "Conseil en architecture réseau", nature: .advice,
                    requiredSkills: [SkillRequirement("infra-network", minimumLevel: .mastery)],
                    effortHours: 14, window: window("2026-06-01", "2026-07-31"), departement: "75",
                    remote: true, applicationDeadline: Fixture.date("2026-05-15")))
            try catalogue.add(
                .make(
                    title: "Ergonomie du portail usagers", nature: .uxImprovement,
                    requiredSkills: [
                        SkillRequirement("design-interface", minimumLevel: .practice),
                        SkillRequirement("dev-frontend", minimumLevel: .notions)
                    ],
                    effortHours: 35, departement: "69", remote: false))
            try catalogue.add(.make(title: "Brouillon confidentiel", nature: .advice), state: .draft)
            try body(catalogue)
        }
    }

    private static func window(_ start: String, _ end: String) -> DateWindow {
        DateWindow(start: Fixture.date(start), end: Fixture.date(end))
    }

    static let seedTitle = "Fiabiliser l'API de prise de rendez-vous"

    @Test(
        "each filter alone and combined keeps exactly the missions that satisfy all",
        arguments: [
            (MissionSearch(natures: [.advice]), ["Conseil en architecture réseau", "Brouillon confidentiel"]),
            (
                MissionSearch(natures: [.advice, .uxImprovement], states: [.published]),
                ["Ergonomie du portail usagers", "Conseil en architecture réseau"]
            ),
            (MissionSearch(skills: ["dev-frontend"]), ["Ergonomie du portail usagers", "Tableau de bord des urgences"]),
            (
                MissionSearch(skills: ["sec-audit", "infra-network"]),
                ["Conseil en architecture réseau", "Sécurité des systèmes industriels"]
            ),
            (MissionSearch(families: [.designUX]), ["Ergonomie du portail usagers"]),
            (MissionSearch(families: [.architecture], states: [.published]), [seedTitle]),
            (MissionSearch(departement: try! Departement("2A")), ["Sécurité des systèmes industriels"]),
            (MissionSearch(remote: false), ["Ergonomie du portail usagers", "Sécurité des systèmes industriels"]),
            (
                MissionSearch(effortMin: 21, effortMax: 35, states: [.published]),
                ["Ergonomie du portail usagers", "Tableau de bord des urgences", seedTitle]
            ),
            (MissionSearch(effortMax: 14), ["Conseil en architecture réseau"]),
            (
                MissionSearch(startsAfter: Fixture.date("2026-05-01")),
                ["Conseil en architecture réseau", "Sécurité des systèmes industriels"]
            ),
            (
                MissionSearch(endsBefore: Fixture.date("2026-07-31")),
                ["Conseil en architecture réseau", "Tableau de bord des urgences"]
            ),
            (MissionSearch(crisis: true), ["Tableau de bord des urgences"]),
            (MissionSearch(remote: true, effortMin: 20, crisis: false, states: [.published]), [seedTitle]),
            (
                MissionSearch(
                    skills: ["dev-frontend"], remote: true, startsAfter: Fixture.date("2026-04-01"),
                    endsBefore: Fixture.date("2026-06-30")), ["Tableau de bord des urgences"]
            ),
            (MissionSearch(natures: [.support], departement: try! Departement("75")), []),
            (MissionSearch(states: [.draft]), ["Brouillon confidentiel"])
        ])
    func filters(search: MissionSearch, expected: [String]) throws {
        try Self.catalogue { catalogue throws in
            #expect(try catalogue.titles(search) == expected)
        }
    }

    @Test("ministry matches the administration and every one under it")
    func ministryAncestors() throws {
        try withSeededDatabase { pool, seed throws in
            var catalogue = MissionCatalogue(pool: pool, seed: seed)
            let (service, otherMinistry) = try pool.write { connection throws in
                let store = AdministrationStore(connection)
                return (
                    try store.insert(
                        .make(
                            name: "Bureau des applications", acronym: "BAPP", level: .service,
                            parentID: seed.directorate.id), by: Fixture.actor, at: Fixture.now),
                    try store.insert(
                        .make(name: "Ministère des Armées", acronym: "MINARM"), by: Fixture.actor,
                        at: Fixture.now)
                )
            }
            try catalogue.add(.make(title: "Au ministère"), administration: seed.ministry.id)
            try catalogue.add(.make(title: "Au bureau"), administration: service.id)
            try catalogue.add(.make(title: "Aux armées"), administration: otherMinistry.id)
            #expect(
                try catalogue.titles(MissionSearch(ministry: seed.ministry.id))
                    == ["Au bureau", "Au ministère", Self.seedTitle])
            #expect(try catalogue.titles(MissionSearch(ministry: seed.directorate.id)) == ["Au bureau", Self.seedTitle])
            #expect(try catalogue.titles(MissionSearch(ministry: service.id)) == ["Au bureau"])
            #expect(try catalogue.titles(MissionSearch(ministry: otherMinistry.id)) == ["Aux armées"])
            #expect(try catalogue.titles(MissionSearch(ministry: 999)) == [])
        }
    }

    @Test("a scope hides the drafts of others; published missions of others stay visible")
    func scopes() throws {
        try Self.catalogue { catalogue throws in
            let talent = catalogue.seed.talentUser.id
            let owner = catalogue.seed.owner.id
            let everything = try catalogue.page(MissionSearch(limit: 100)).missions
            for scope in [
                MissionScope.all, .publishedOrOwned(by: talent), .publishedOrOwned(by: owner),
                .owned(by: talent), .owned(by: owner)
            ] {
                // The query and the domain's rule agree.
                #expect(
                    try catalogue.page(MissionSearch(limit: 100), in: scope).missions
                        == everything.filter(scope.contains), "\(scope)")
            }
            #expect(
                try !catalogue.titles(MissionSearch(), in: .publishedOrOwned(by: talent))
                    .contains("Brouillon confidentiel"))
            #expect(try catalogue.titles(MissionSearch(), in: .publishedOrOwned(by: talent)).count == 5)
            #expect(try catalogue.titles(MissionSearch(), in: .publishedOrOwned(by: owner)).count == 6)
            #expect(try catalogue.titles(MissionSearch(), in: .owned(by: talent)) == [])
            #expect(
                try catalogue.titles(MissionSearch(states: [.draft]), in: .owned(by: owner))
                    == ["Brouillon confidentiel"])
        }
    }
}
