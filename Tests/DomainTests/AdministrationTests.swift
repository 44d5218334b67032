import Domain
import Testing

@Suite("Administration")
struct AdministrationTests {
    @Test("validates and normalises a new administration")
    func validNew() throws {
        let new = try NewAdministration.make(name: "  Direction interministérielle du numérique ", acronym: "dinum")
            .validated()
        #expect(new.name == "Direction interministérielle du numérique")
        #expect(new.acronym == "DINUM")
        let ministry = try NewAdministration.make(
            name: "Ministère de l'Intérieur", acronym: "MI", level: .ministry,
            parentID: nil
        ).validated()
        #expect(ministry.parentID == nil)
    }

    @Test("name length 1…200", arguments: [(0, false), (1, true), (200, true), (201, false)])
    func nameLength(count: Int, valid: Bool) {
        let new = NewAdministration.make(name: text(count))
        if valid {
            #expect(throws: Never.self) { try new.validated() }
        } else {
            #expect(throws: AdministrationError.nameLength(count: count)) { try new.validated() }
        }
    }

    @Test(
        "acronyms are 2 to 16 of A–Z and 0–9",
        arguments: [
            ("DINUM", true), ("MI", true), ("ANSSI2", true), ("ABCDEFGHIJKLMNOP", true),
            ("D", false), ("ABCDEFGHIJKLMNOPQ", false), ("DI-NUM", false), ("DÉNUM", false), ("DI NUM", false),
            ("", false)
        ])
    func acronym(acronym: String, valid: Bool) {
        let new = NewAdministration.make(acronym: acronym)
        if valid {
            #expect(throws: Never.self) { try new.validated() }
        } else {
            #expect(throws: AdministrationError.invalidAcronym(acronym)) { try new.validated() }
        }
    }

    @Test("a ministry has no parent; every other level needs one")
    func parentPresence() {
        #expect(throws: AdministrationError.ministryWithParent) {
            try NewAdministration.make(level: .ministry, parentID: 1).validated()
        }
        for level in [AdministrationLevel.directorate, .service, .other] {
            #expect(throws: AdministrationError.parentRequired(level)) {
                try NewAdministration.make(level: level, parentID: nil).validated()
            }
        }
    }

    @Test("only enabled public services are accepted")
    func enabledPublicServices() throws {
        let hospital = NewAdministration.make(
            name: "AP-HP", acronym: "APHP", level: .ministry, publicService: .hospital,
            parentID: nil)
        #expect(throws: AdministrationError.publicServiceNotEnabled(.hospital)) { try hospital.validated() }
        #expect(throws: Never.self) {
            try hospital.validated(rules: AdministrationRules(enabledPublicServices: [.state, .hospital]))
        }
    }

    @Test(
        "a parent must sit at a higher level",
        arguments: AdministrationLevel.allCases, [AdministrationLevel.directorate, .service, .other])
    func parentLevel(parentLevel: AdministrationLevel, childLevel: AdministrationLevel) throws {
        let parent = Administration.make(id: 1, level: parentLevel, parentID: parentLevel == .ministry ? nil : 9)
        let child = NewAdministration.make(level: childLevel, parentID: 1)
        let allowed: Set<[AdministrationLevel]> = [
            [.ministry, .directorate], [.ministry, .service], [.ministry, .other],
            [.directorate, .service], [.directorate, .other], [.service, .other]
        ]
        if allowed.contains([parentLevel, childLevel]) {
            try child.checkParent(parent)
        } else {
            #expect(throws: AdministrationError.parentLevelNotAbove(parent: parentLevel, child: childLevel)) {
                try child.checkParent(parent)
            }
        }
    }

    @Test("a parent must exist and share the public service")
    func parentCompatibility() throws {
        let child = NewAdministration.make(parentID: 1)
        #expect(throws: AdministrationError.parentNotFound(1)) { try child.checkParent(nil) }
        #expect(throws: AdministrationError.parentNotFound(1)) { try child.checkParent(.make(id: 2)) }
        #expect(throws: AdministrationError.parentPublicServiceMismatch(parent: .territorial, child: .state)) {
            try child.checkParent(.make(publicService: .territorial))
        }
        try NewAdministration.make(level: .ministry, parentID: nil).checkParent(nil)
    }

    @Test("create validates, checks the parent and keeps the normalised values")
    func create() throws {
        let created = try Administration.create(id: 3, .make(acronym: "dinum"), parent: .make())
        #expect(
            created
                == Administration(
                    id: 3, name: "Direction interministérielle du numérique", acronym: "DINUM",
                    level: .directorate, publicService: .state, parentID: 1))
        #expect(throws: AdministrationError.parentLevelNotAbove(parent: .directorate, child: .directorate)) {
            try Administration.create(id: 4, .make(), parent: .make(level: .directorate, parentID: 7))
        }
    }

    @Test("labels are French")
    func labels() {
        #expect(PublicService.state.label == "Fonction publique de l'État")
        #expect(PublicService.allCases.map(\.acronym) == ["FPE", "FPT", "FPH"])
        #expect(AdministrationLevel.ministry.label == "Ministère")
    }
}
