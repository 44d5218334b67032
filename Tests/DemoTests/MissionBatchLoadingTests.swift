import Demo
import Domain
import Persistence
import TestSupport
import Testing

@Suite("Missions read in one batch: the same as one at a time, on the demo seed")
struct MissionBatchLoadingTests {
    @Test("find(ids) gives what find(id) gives for every mission, in the order asked, skills and co-owners included")
    func batchEqualsOneByOne() throws {
        try withCoOwnedDemo { pool in
            try pool.read { connection throws in
                let store = MissionStore(connection)
                let ids = try connection.query("SELECT id FROM missions ORDER BY id") {
                    try $0.decode(0, as: MissionID.self)
                }
                #expect(ids.count == 54)
                let oneByOne = try ids.map { id in try #require(try store.findVersioned(id)) }
                #expect(oneByOne.contains { $0.value.details.requiredSkills.count > 1 })
                #expect(oneByOne.contains { $0.value.coOwnerIDs.count > 1 })
                // Reversed, an unknown id left out, a repeated id given twice.
                let asked = ids.reversed() + [MissionID(999_999), ids[3]]
                let expected = oneByOne.reversed() + [oneByOne[3]]
                let batch = try store.findVersioned(asked)
                #expect(batch.map(\.value) == expected.map(\.value))
                #expect(batch.map(\.revision) == expected.map(\.revision))
                #expect(try store.find(asked) == expected.map(\.value))
                #expect(try store.find([]) == [])
                for state in Set(oneByOne.map(\.value.state)) {
                    #expect(try store.all(in: state) == oneByOne.map(\.value).filter { $0.state == state })
                }
            }
        }
    }

    @Test("listings keep their order and pages: each page the missions find(id) reads, in the SQL order")
    func listingPages() throws {
        try withCoOwnedDemo { pool in
            try pool.read { connection throws in
                let store = MissionStore(connection)
                let order = try connection.query(
                    "SELECT id FROM missions ORDER BY coalesce(published_at, 0) DESC, id DESC"
                ) { try $0.decode(0, as: MissionID.self) }
                let published = try connection.query(
                    "SELECT id FROM missions WHERE state = 'published' ORDER BY coalesce(published_at, 0) DESC, id DESC"
                ) { try $0.decode(0, as: MissionID.self) }
                // The user who co-owns the most missions.
                let coOwner = try #require(
                    try connection.scalar(
                        "SELECT user_id FROM mission_co_owners GROUP BY user_id ORDER BY count(*) DESC LIMIT 1",
                        as: UserID.self))
                let owned = try connection.query(
                    """
                    SELECT id FROM missions
                    WHERE owner_id = ?1 OR id IN (SELECT mission_id FROM mission_co_owners WHERE user_id = ?1)
                    ORDER BY coalesce(published_at, 0) DESC, id DESC
                    """, coOwner
                ) { try $0.decode(0, as: MissionID.self) }
                #expect(owned.count > 5)
                for (search, scope, expected) in [
                    (MissionSearch(limit: 7), MissionScope.all, order),
                    (MissionSearch(states: [.published], limit: 5), .all, published),
                    (MissionSearch(limit: 3), .owned(by: coOwner), owned)
                ] {
                    var search = search
                    var listed: [Mission] = []
                    for _ in 0..<20 {
                        let page = try store.search(search, in: scope)
                        listed += page.missions
                        guard let next = page.next else { break }
                        search.after = next
                    }
                    #expect(listed.map(\.id) == expected)
                    #expect(try listed == expected.map { id in try #require(try store.find(id)) })
                }
            }
        }
    }

    /// The demo seed, with co-owners added (the seed has none) to every fifth mission, the
    /// highest user ids first so that the order they are read in is checked.
    private func withCoOwnedDemo(_ body: (DatabasePool) throws -> Void) throws {
        try withTemporaryDatabase("MissionBatchLoadingTests") { pool, _ in
            _ = try DemoSeed.run(on: pool, clock: FixedClock(DemoSeedTests.now))
            try pool.write { connection throws in
                let store = MissionStore(connection)
                let users = try connection.query("SELECT id FROM users ORDER BY id DESC LIMIT 3") {
                    try $0.decode(0, as: UserID.self)
                }
                let ids = try connection.query("SELECT id FROM missions WHERE id % 5 = 0") {
                    try $0.decode(0, as: MissionID.self)
                }
                for (index, id) in ids.enumerated() {
                    for user in users.prefix(index % 3 + 1) {
                        let mission = try #require(try store.find(id))
                        _ = try store.addCoOwner(
                            user, to: mission, expectedRevision: nil, by: .system("test"), at: DemoSeedTests.now)
                    }
                }
            }
            try body(pool)
        }
    }
}
