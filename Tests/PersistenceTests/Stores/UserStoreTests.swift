import Domain
import Persistence
import TestSupport
import Testing

@Suite("UserStore")
struct UserStoreTests {
    @Test("what is inserted is what find returns, by id and by e-mail, with every role")
    func roundTrip() throws {
        try withTalentsDatabase { pool, _ throws in
            let (everything, plain) = try pool.write { connection throws in
                let ministry = try AdministrationStore(connection).insert(.make(), by: Fixture.actor, at: Fixture.now)
                let store = UserStore(connection)
                let everything = try store.insert(
                    .make(
                        displayName: "  Élise Dupont-Moreau ",
                        email: " Elise.Dupont@Interieur.Gouv.FR ",
                        roles: Set(Role.allCases), administrationID: ministry.id),
                    by: Fixture.actor, at: Fixture.now)
                let plain = try store.insert(.make(), by: Fixture.actor, at: Fixture.now)
                return (everything, plain)
            }
            #expect(everything.displayName == "Élise Dupont-Moreau")
            #expect(everything.email.value == "elise.dupont@interieur.gouv.fr")
            #expect(plain.administrationID == nil && plain.roles == [.talent])
            try pool.read { connection throws in
                let store = UserStore(connection)
                #expect(try store.find(everything.id) == everything)
                #expect(try store.find(plain.id) == plain)
                #expect(try store.find(email: Fixture.email("ELISE.DUPONT@interieur.gouv.fr")) == everything)
                #expect(try store.find(email: Fixture.email("nobody@interieur.gouv.fr")) == nil)
                #expect(try store.find(UserID(99)) == nil)
            }
        }
    }

    @Test("count(holding:) counts the holders of each role")
    func countByRole() throws {
        try withTalentsDatabase { pool, _ throws in
            try pool.write { connection throws in
                let store = UserStore(connection)
                _ = try store.insert(
                    .make(email: "a@finances.gouv.fr", roles: [.talent, .lineManager]),
                    by: Fixture.actor, at: Fixture.now)
                _ = try store.insert(
                    .make(email: "b@finances.gouv.fr", roles: [.talent]),
                    by: Fixture.actor, at: Fixture.now)
                _ = try store.insert(
                    .make(email: "c@finances.gouv.fr", roles: [.operator]),
                    by: Fixture.actor, at: Fixture.now)
            }
            let counts = try pool.read { connection throws in
                try Role.allCases.map { try UserStore(connection).count(holding: $0) }
            }
            #expect(counts == [2, 0, 1, 0, 1])
        }
    }

    @Test("an insert appends exactly one audit event with the roles in declaration order")
    func auditEvent() throws {
        try withTalentsDatabase { pool, _ throws in
            let user = try pool.write {
                try UserStore($0).insert(
                    .make(roles: [.operator, .talent, .missionOwner]),
                    by: .system("sso"), at: Fixture.now)
            }
            #expect(
                try pool.read { try $0.auditEvents() } == [
                    AuditEvent(
                        action: "user.created", subjectType: "user", subjectID: user.id.rawValue,
                        actor: .system("sso"), at: Fixture.now,
                        details: ["roles": "talent,mission-owner,operator"])
                ])
        }
    }

    @Test("a transaction that throws after the insert keeps neither the user, the roles nor the event")
    func rollback() throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    _ = try UserStore(connection).insert(
                        .make(roles: [.talent, .lineManager]),
                        by: Fixture.actor, at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            try pool.read { connection throws in
                #expect(try connection.count("users") == 0)
                #expect(try connection.count("user_roles") == 0)
                #expect(try connection.count("audit_events") == 0)
            }
        }
    }

    @Test("a taken e-mail, in any case, is UserError.emailTaken and writes nothing")
    func emailTaken() throws {
        try withTalentsDatabase { pool, _ throws in
            let first = try pool.write { try UserStore($0).insert(.make(), by: Fixture.actor, at: Fixture.now) }
            #expect(throws: UserError.emailTaken) {
                try pool.write {
                    try UserStore($0).insert(
                        .make(
                            displayName: "Homonyme", email: "CAMILLE.MARTIN@interieur.gouv.fr",
                            roles: [.operator]),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            try pool.read { connection throws in
                #expect(try connection.count("users") == 1)
                #expect(try UserStore(connection).count(holding: .operator) == 0)
                #expect(try connection.count("audit_events") == 1)
                #expect(try UserStore(connection).find(first.id) == first)
            }
        }
    }

    @Test("an unknown administration is a NotFoundError naming the field")
    func unknownAdministration() throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(throws: NotFoundError("administration", key: "7", field: "administrationID")) {
                try pool.write {
                    try UserStore($0).insert(
                        .make(roles: [.referent], administrationID: 7),
                        by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(try pool.read { try $0.count("users") } == 0)
        }
    }

    @Test("domain rules are checked before anything is written")
    func domainRules() throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(throws: UserError.administrationRequired(.referent)) {
                try pool.write {
                    try UserStore($0).insert(.make(roles: [.referent]), by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(throws: UserError.noRole) {
                try pool.write { try UserStore($0).insert(.make(roles: []), by: Fixture.actor, at: Fixture.now) }
            }
            #expect(try pool.read { try $0.count("users") + $0.count("audit_events") } == 0)
        }
    }
}
