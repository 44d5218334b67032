import Domain
import Persistence
import TestSupport
import Testing

@Suite("AdministrationStore")
struct AdministrationStoreTests {
    @Test("what is inserted is what find returns, by id and by acronym, at every level")
    func roundTrip() throws {
        try withTalentsDatabase { pool, _ throws in
            let inserted = try pool.write { connection throws in
                let store = AdministrationStore(connection)
                let ministry = try store.insert(.make(), by: Fixture.actor, at: Fixture.now)
                let directorate = try store.insert(
                    .make(
                        name: "  Direction du numérique ", acronym: "dnum",
                        level: .directorate, parentID: ministry.id),
                    by: Fixture.actor, at: Fixture.now)
                let service = try store.insert(
                    .make(
                        name: "Bureau des applications", acronym: "BAPP",
                        level: .service, parentID: directorate.id),
                    by: Fixture.actor, at: Fixture.now)
                let other = try store.insert(
                    .make(
                        name: "Équipe « données »", acronym: "EQ2", level: .other,
                        parentID: service.id),
                    by: Fixture.actor, at: Fixture.now)
                return [ministry, directorate, service, other]
            }
            #expect(inserted.map(\.level) == AdministrationLevel.allCases)
            #expect(inserted[1].name == "Direction du numérique" && inserted[1].acronym == "DNUM")
            try pool.read { connection throws in
                let store = AdministrationStore(connection)
                for administration in inserted {
                    #expect(try store.find(administration.id) == administration)
                    #expect(try store.find(acronym: administration.acronym) == administration)
                }
                #expect(try store.find(AdministrationID(99)) == nil)
                #expect(try store.find(acronym: "dnum") == nil)
                #expect(try store.count() == 4)
            }
        }
    }

    @Test("all() lists each ministry followed by its descendants, siblings by name")
    func depthFirstOrder() throws {
        try withTalentsDatabase { pool, _ throws in
            try pool.write { connection throws in
                let store = AdministrationStore(connection)
                // Inserted against name order, so that only the sort can produce the expected list.
                let armies = try store.insert(
                    .make(name: "Ministère des Armées", acronym: "MINARM"),
                    by: Fixture.actor, at: Fixture.now)
                let interior = try store.insert(
                    .make(name: "Ministère de l'Intérieur", acronym: "MININT"),
                    by: Fixture.actor, at: Fixture.now)
                for (name, acronym, parent) in [
                    ("Direction Z", "DZ", interior.id), ("Direction A", "DA", interior.id),
                    ("Direction M", "DM", armies.id)
                ] {
                    _ = try store.insert(
                        .make(name: name, acronym: acronym, level: .directorate, parentID: parent),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            let acronyms = try pool.read { try AdministrationStore($0).all().map(\.acronym) }
            #expect(acronyms == ["MININT", "DA", "DZ", "MINARM", "DM"])
        }
    }

    @Test("every public service passes the CHECK constraint when enabled", arguments: PublicService.allCases)
    func publicServices(_ service: PublicService) throws {
        try withTalentsDatabase { pool, _ throws in
            let rules = AdministrationRules(enabledPublicServices: Set(PublicService.allCases))
            let (top, child) = try pool.write { connection throws in
                let store = AdministrationStore(connection)
                let top = try store.insert(
                    .make(acronym: "TOP", publicService: service), rules: rules,
                    by: Fixture.actor, at: Fixture.now)
                let child = try store.insert(
                    .make(
                        acronym: "CHILD", level: .service, publicService: service,
                        parentID: top.id),
                    rules: rules, by: Fixture.actor, at: Fixture.now)
                return (top, child)
            }
            try pool.read { connection throws in
                #expect(try AdministrationStore(connection).find(top.id)?.publicService == service)
                #expect(try AdministrationStore(connection).find(child.id) == child)
            }
        }
    }

    @Test("an insert appends exactly one audit event naming the administration, actor and time")
    func auditEvent() throws {
        try withTalentsDatabase { pool, _ throws in
            let later = Fixture.now.adding(hours: 2)
            let (ministry, directorate) = try pool.write { connection throws in
                let store = AdministrationStore(connection)
                let ministry = try store.insert(.make(), by: .commandLine, at: Fixture.now)
                let directorate = try store.insert(
                    .make(acronym: "DNUM", level: .directorate, parentID: ministry.id),
                    by: .system("demo-seed"), at: later)
                return (ministry, directorate)
            }
            let events = try pool.read { try $0.auditEvents() }
            #expect(
                events == [
                    AuditEvent(
                        action: "administration.created", subjectType: "administration",
                        subjectID: ministry.id.rawValue, actor: .commandLine, at: Fixture.now,
                        details: ["acronym": "MININT", "level": "ministry", "parentID": ""]),
                    AuditEvent(
                        action: "administration.created", subjectType: "administration",
                        subjectID: directorate.id.rawValue, actor: .system("demo-seed"), at: later,
                        details: [
                            "acronym": "DNUM", "level": "directorate",
                            "parentID": String(ministry.id.rawValue)
                        ])
                ])
        }
    }

    @Test("a transaction that throws after the insert keeps neither the row nor its event")
    func rollback() throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    _ = try AdministrationStore(connection).insert(.make(), by: Fixture.actor, at: Fixture.now)
                    #expect(try connection.count("administrations") == 1)
                    #expect(try connection.count("audit_events") == 1)
                    throw AbortTransaction()
                }
            }
            try pool.read { connection throws in
                #expect(try connection.count("administrations") == 0)
                #expect(try connection.count("audit_events") == 0)
            }
        }
    }

    @Test("a taken acronym, in any case, is AdministrationError.acronymTaken and writes nothing")
    func acronymTaken() throws {
        try withTalentsDatabase { pool, _ throws in
            let ministry = try pool.write {
                try AdministrationStore($0).insert(.make(acronym: "DINUM"), by: Fixture.actor, at: Fixture.now)
            }
            #expect(throws: AdministrationError.acronymTaken("DINUM")) {
                try pool.write {
                    try AdministrationStore($0).insert(
                        .make(name: "Autre", acronym: " dinum "),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            // Under another parent too: the acronym is unique across the whole tree.
            #expect(throws: AdministrationError.acronymTaken("DINUM")) {
                try pool.write {
                    try AdministrationStore($0).insert(
                        .make(
                            acronym: "DINUM", level: .directorate,
                            parentID: ministry.id),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            try pool.read { connection throws in
                #expect(try AdministrationStore(connection).all() == [ministry])
                #expect(try connection.count("audit_events") == 1)
            }
        }
    }

    @Test("an unknown parent is AdministrationError.parentNotFound")
    func unknownParent() throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(throws: AdministrationError.parentNotFound(42)) {
                try pool.write {
                    try AdministrationStore($0).insert(
                        .make(acronym: "DNUM", level: .directorate, parentID: 42),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(try pool.read { try $0.count("administrations") } == 0)
        }
    }

    @Test("the loaded parent is checked: level above the child and same public service")
    func parentRules() throws {
        try withTalentsDatabase { pool, _ throws in
            let rules = AdministrationRules(enabledPublicServices: [.state, .hospital])
            let directorate = try pool.write { connection throws in
                let store = AdministrationStore(connection)
                let ministry = try store.insert(.make(), by: Fixture.actor, at: Fixture.now)
                return try store.insert(
                    .make(acronym: "DNUM", level: .directorate, parentID: ministry.id),
                    by: Fixture.actor, at: Fixture.now)
            }
            #expect(throws: AdministrationError.parentLevelNotAbove(parent: .directorate, child: .directorate)) {
                try pool.write {
                    try AdministrationStore($0).insert(
                        .make(
                            acronym: "D2", level: .directorate,
                            parentID: directorate.id),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(throws: AdministrationError.parentPublicServiceMismatch(parent: .state, child: .hospital)) {
                try pool.write {
                    try AdministrationStore($0).insert(
                        .make(
                            acronym: "CHU", level: .service, publicService: .hospital,
                            parentID: directorate.id),
                        rules: rules, by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(throws: AdministrationError.publicServiceNotEnabled(.territorial)) {
                try pool.write {
                    try AdministrationStore($0).insert(
                        .make(acronym: "REGION", publicService: .territorial),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(try pool.read { try $0.count("administrations") } == 2)
        }
    }
}
