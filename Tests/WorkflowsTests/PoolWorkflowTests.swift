import Domain
import Persistence
import Testing
import Workflows

@Suite("Pool (vivier)")
struct PoolWorkflowTests {
    @Test("joining needs explicit consent; leaving withdraws it; each move has its audit event")
    func joinAndLeave() throws {
        try TalentWorld.with { world throws in
            let id = world.camilleTalent.id
            let camille = Caller.user(world.camille)
            #expect(throws: TalentError.poolConsentMissing) {
                try world.workflows.joinPool(id, consent: false, expectedRevision: 1, by: camille)
            }
            #expect(try world.revision(of: id) == 1)
            let joined = try world.workflows.joinPool(id, consent: true, expectedRevision: 1, by: camille)
            #expect(joined.revision == 2)
            #expect(joined.value.poolConsentAt == TalentWorld.now)
            #expect(throws: TalentError.alreadyInPool) {
                try world.workflows.joinPool(id, consent: true, expectedRevision: 2, by: camille)
            }
            let stale = #expect(throws: StaleRevisionError.self) {
                try world.workflows.leavePool(id, expectedRevision: 1, by: camille)
            }
            #expect(stale?.expected == 1 && stale?.current == 2)
            #expect(try world.talent(id)?.isVisibleInPool == true)
            let left = try world.workflows.leavePool(id, expectedRevision: 2, by: camille)
            #expect(left.revision == 3)
            #expect(!left.value.isVisibleInPool)
            #expect(throws: TalentError.notInPool) {
                try world.workflows.leavePool(id, expectedRevision: 3, by: camille)
            }
            let actions = try world.database.read {
                try AuditLog($0).events(subjectType: "talent", subjectID: id.rawValue).map(\.action)
            }
            #expect(actions == ["talent.created", "talent.pool-joined", "talent.pool-left"])
        }
    }

    @Test("only the talent moves their profile in or out of the pool")
    func joinRights() throws {
        try TalentWorld.with { world throws in
            let id = world.camilleTalent.id
            #expect(throws: AccessError.notOwner(action: "join the pool")) {
                try world.workflows.joinPool(id, consent: true, expectedRevision: 1, by: .user(world.operatorUser))
            }
            #expect(throws: NotFoundError("talent", id: id)) {
                try world.workflows.joinPool(id, consent: true, expectedRevision: 1, by: .user(world.dominique))
            }
            #expect(try world.talent(id)?.isVisibleInPool == false)
            try world.join(world.camilleTalent)
            #expect(throws: AccessError.notOwner(action: "leave the pool")) {
                try world.workflows.leavePool(id, expectedRevision: 2, by: .user(world.owner))
            }
            #expect(try world.talent(id)?.isVisibleInPool == true)
        }
    }

    @Test("mission owners and the operator search consenting profiles only; others may not search")
    func searchShowsConsentingOnly() throws {
        try TalentWorld.with { world throws in
            let empty = try world.workflows.searchPool(PoolSearch(), by: .user(world.owner))
            #expect(empty.items.isEmpty)
            #expect(empty.nextCursor == nil)
            try world.join(world.dominiqueTalent)
            for caller in [world.owner, world.operatorUser] {
                let page = try world.workflows.searchPool(PoolSearch(), by: .user(caller))
                #expect(page.items.map(\.id) == [world.dominiqueTalent.id])
                #expect(page.items.first?.displayName == "Dominique Petit")
            }
            #expect(throws: AccessError.roleRequired(action: "search the pool", roles: [.missionOwner, .operator])) {
                try world.workflows.searchPool(PoolSearch(), by: .user(world.camille))
            }
        }
    }

    @Test(
        "criteria: skill and level, family, département, availability overlap",
        arguments: [
            ("skill=data-ai&minLevel=4", [0]), ("skill=data-ai&minLevel=3", [0]), ("skill=sec-audit&minLevel=3", []),
            ("skill=sec-audit", [1]), ("family=security", [1]), ("family=security&minLevel=3", []),
            ("family=data&departement=2A", [0]), ("family=data&departement=69", []), ("departement=2a", [0]),
            ("minLevel=4", [0]), ("availableFrom=2027-01-01", [1]), ("availableUntil=2026-02-28", [1]),
            ("availableFrom=2026-06-01&availableUntil=2026-06-30", [0, 1]), ("skill=dev-backend&family=security", [])
        ])
    func criteria(query: String, expected: [Int]) throws {
        try TalentWorld.with { world throws in
            // Camille: data-ai 4, arch-api 1, dev-backend 3, in 2A, March to December 2026.
            // Dominique: sec-audit 2, in 69, always available.
            try world.join(world.camilleTalent)
            try world.join(world.dominiqueTalent)
            var dominique = try #require(try world.talent(world.dominiqueTalent.id))
            try dominique.updateProfile(
                .make(
                    employerID: world.ministry.id, departement: "69",
                    skills: [TalentSkill("sec-audit", .practice)],
                    availability: Availability(hoursPerMonth: 8)))
            try world.database.write {
                try TalentStore($0).update(
                    dominique, action: "talent.profile-updated", by: .commandLine,
                    at: TalentWorld.now)
            }
            let search = try PoolSearch(query: Self.pairs(query))
            let ids = try world.workflows.searchPool(search, by: .user(world.owner)).items.map(\.id)
            let talents = [world.camilleTalent.id, world.dominiqueTalent.id]
            #expect(ids == expected.map { talents[$0] }, "\(query)")
        }
    }

    @Test("pages follow the id order with an opaque cursor, without repeats, and end without a cursor")
    func pagination() throws {
        try TalentWorld.with { world throws in
            var expected: [TalentID] = []
            try world.database.write { connection in
                for number in 1...7 {
                    let user = try UserStore(connection).insert(
                        NewUser(
                            displayName: "Talent \(number)", email: try EmailAddress("t\(number)@culture.gouv.fr"),
                            roles: [.talent]), by: .commandLine, at: TalentWorld.now)
                    var talent = try TalentStore(connection).insert(
                        userID: user.id, profile: .make(employerID: world.ministry.id), by: .commandLine,
                        at: TalentWorld.now)
                    // Every other one stays out of the pool.
                    guard number.isMultiple(of: 2) == false else { continue }
                    try talent.joinPool(consent: true, at: TalentWorld.now)
                    try TalentStore(connection).update(
                        talent, action: "talent.pool-joined", by: .commandLine,
                        at: TalentWorld.now)
                    expected.append(talent.id)
                }
            }
            var seen: [TalentID] = []
            var search = PoolSearch(limit: 3)
            var pages = 0
            repeat {
                let page = try world.workflows.searchPool(search, by: .user(world.owner))
                #expect(page.items.count <= 3)
                seen += page.items.map(\.id)
                pages += 1
                search.cursor = page.nextCursor
                if let cursor = page.nextCursor { #expect(TalentID(cursor) == nil, "opaque, not the bare id") }
            } while search.cursor != nil && pages < 10
            #expect(seen == expected)
            #expect(pages == 2)

            for cursor in ["", "bm9wZQ", "cG9vbC12MTotMQ", "!!"] {
                #expect(throws: PoolSearchError.malformedCursor) {
                    try world.workflows.searchPool(PoolSearch(cursor: cursor), by: .user(world.owner))
                }
            }
        }
    }

    @Test("a pool profile is for mission owners and the operator, and is 404 once consent is withdrawn")
    func poolProfile() throws {
        try TalentWorld.with { world throws in
            let id = world.camilleTalent.id
            #expect(throws: NotFoundError("talent", id: id)) {
                try world.workflows.poolProfile(id, by: .user(world.owner))
            }
            try world.join(world.camilleTalent)
            let profile = try world.workflows.poolProfile(id, by: .user(world.owner))
            #expect(profile.revision == 2)
            #expect(profile.value.skills == world.camilleTalent.profile.skills)
            #expect(throws: AccessError.roleRequired(action: "read the pool", roles: [.missionOwner, .operator])) {
                try world.workflows.poolProfile(id, by: .user(world.camille))
            }
            _ = try world.workflows.leavePool(id, expectedRevision: 2, by: .user(world.camille))
            #expect(throws: NotFoundError("talent", id: id)) {
                try world.workflows.poolProfile(id, by: .user(world.operatorUser))
            }
        }
    }

    @Test(
        "search parameters are checked and the error names the parameter",
        arguments: [
            ("colour=blue", "colour"), ("skill=data-ai&skill=arch-api", "skill"), ("skill=dev-cobol", "skill"),
            ("minLevel=5", "minLevel"), ("minLevel=deux", "minLevel"), ("family=Security", "family"),
            ("departement=20", "departement"), ("availableFrom=2026-02-30", "availableFrom"),
            ("availableUntil=demain", "availableUntil"),
            (
                "availableFrom=2026-05-01&availableUntil=2026-04-30",
                "availableUntil"
            ),
            ("limit=0", "limit"), ("limit=101", "limit"), ("limit=dix", "limit")
        ])
    func invalidParameters(query: String, field: String) throws {
        let error = #expect(throws: (any Error).self) { try PoolSearch(query: Self.pairs(query)) }
        let domainError = try #require(error as? any DomainError)
        #expect(domainError.field == field)
        #expect(domainError.kind == .invalidValue)
    }

    @Test("defaults: 20 a page, every criterion open")
    func defaults() throws {
        #expect(try PoolSearch(query: Self.pairs("")) == PoolSearch())
        #expect(try PoolSearch(query: Self.pairs("limit=100&cursor=abc")) == PoolSearch(cursor: "abc", limit: 100))
        #expect(PoolSearch().limit == 20)
    }

    private static func pairs(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }
}
