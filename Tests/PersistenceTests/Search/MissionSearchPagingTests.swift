import Domain
import Persistence
import Testing

@Suite("Mission search: keyset pages on a real SQLite file")
struct MissionSearchPagingTests {
    /// 23 missions besides the seed's, with many equal efforts and deadlines (ties broken by id)
    /// and two drafts (never published); half mention "audit" in their title.
    private static func catalogue(_ body: (inout MissionCatalogue) throws -> Void) throws {
        try withSeededDatabase { pool, seed throws in
            var catalogue = MissionCatalogue(pool: pool, seed: seed)
            for index in 1...23 {
                try catalogue.add(
                    .make(
                        title: index.isMultiple(of: 2) ? "Audit numéro \(index)" : "Mission \(index)",
                        effortHours: [14, 35, 70][index % 3],
                        applicationDeadline: Fixture.date(["2026-03-20", "2026-03-31"][index % 2])),
                    state: index.isMultiple(of: 11) ? .draft : .published)
            }
            try body(&catalogue)
        }
    }

    static let sorts: [MissionSort] = [
        .newest, MissionSort(.publishedAt), MissionSort(.createdAt),
        MissionSort(.createdAt, descending: true), MissionSort(.deadline),
        MissionSort(.deadline, descending: true), MissionSort(.effort),
        MissionSort(.effort, descending: true)
    ]

    @Test("pages of every size, in every order, give the whole listing once, in order", arguments: sorts)
    func noDuplicatesNoGaps(sort: MissionSort) throws {
        try Self.catalogue { catalogue throws in
            let whole = try catalogue.page(MissionSearch(sort: sort, limit: 100))
            #expect(whole.missions.count == 24)
            #expect(whole.next == nil)
            for limit in [1, 4, 7, 24] {
                #expect(
                    try catalogue.walk(MissionSearch(sort: sort), limit: limit) == whole.missions.map(\.id),
                    "limit \(limit)")
            }
            let keys = whole.missions.map { mission in
                switch sort.key {
                case .publishedAt, .relevance: mission.publishedAt?.millisecondsSinceEpoch ?? 0
                case .createdAt: mission.createdAt.millisecondsSinceEpoch
                case .deadline: Int64(mission.details.applicationDeadline.daysSinceEpoch)
                case .effort: Int64(mission.details.effortHours)
                }
            }
            #expect(keys == (sort.descending ? keys.sorted(by: >) : keys.sorted()), "ordered by \(sort.parameter)")
        }
    }

    @Test("relevance pages give the whole result once, in order")
    func relevancePages() throws {
        try Self.catalogue { catalogue throws in
            let search = MissionSearch(text: try MissionTextQuery("audit"))
            let whole = try catalogue.page(MissionSearch(text: try MissionTextQuery("audit"), limit: 100))
            #expect(whole.missions.count == 11)
            #expect(try catalogue.walk(search, limit: 3) == whole.missions.map(\.id))
        }
    }

    @Test("missions inserted between pages cause neither a duplicate nor a gap")
    func stableUnderInserts() throws {
        try Self.catalogue { catalogue throws in
            for sort in [MissionSort.newest, MissionSort(.effort), MissionSort(.deadline, descending: true)] {
                let before = try catalogue.page(MissionSearch(sort: sort, limit: 100)).missions.map(\.id)
                var search = MissionSearch(sort: sort, limit: 5)
                var seen: [MissionID] = []
                var ended = false
                for _ in 0..<100 where !ended {
                    let page = try catalogue.page(search)
                    seen += page.missions.map(\.id)
                    guard let next = page.next else {
                        ended = true
                        continue
                    }
                    search.after = next
                    // Newer, smaller and larger keys than the page's end.
                    try catalogue.add(
                        .make(
                            title: "Nouvelle \(seen.count)", effortHours: [7, 100][seen.count % 2],
                            applicationDeadline: Fixture.date("2026-03-25")))
                }
                #expect(ended, "the pages end (\(sort.parameter))")
                #expect(Set(seen).count == seen.count, "no duplicate (\(sort.parameter))")
                #expect(Set(before).isSubset(of: Set(seen)), "no gap (\(sort.parameter))")
            }
        }
    }

    @Test("one more row than the page tells whether a next page exists")
    func lastPage() throws {
        try Self.catalogue { catalogue throws in
            let exact = try catalogue.page(MissionSearch(limit: 24))
            #expect(exact.missions.count == 24 && exact.next == nil)
            let short = try catalogue.page(MissionSearch(limit: 23))
            #expect(short.next?.id == short.missions.last?.id)
        }
    }
}
