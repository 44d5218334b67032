import Domain
import Foundation
import Persistence
import Testing
import Workflows

@Suite("Mission listing: parameters, cursor, visibility")
struct MissionListingTests {
    private func search(_ query: String) throws -> MissionSearch {
        let pairs = query.split(separator: "&").map { pair -> (name: String, value: String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        return try MissionSearch(parameters: pairs)
    }

    @Test("reads every parameter, multi-valued ones repeated or comma-separated")
    func parameters() throws {
        let parsed = try search(
            "q=sécurité réseau&nature=advice,support&nature=ux-improvement&skill=sec-audit"
                + "&family=security&ministry=4&departement=2a&remote=true&effortMin=7&effortMax=70"
                + "&startsAfter=2026-04-01&endsBefore=2026-12-31&crisis=false&state=published&mine=true"
                + "&sort=-deadline&limit=5")
        #expect(
            parsed
                == MissionSearch(
                    natures: [.advice, .support, .uxImprovement], skills: ["sec-audit"], families: [.security],
                    ministry: 4,
                    departement: try Departement("2A"), remote: true, effortMin: 7, effortMax: 70,
                    startsAfter: date("2026-04-01"), endsBefore: date("2026-12-31"), crisis: false,
                    states: [.published],
                    mine: true, text: try MissionTextQuery("sécurité réseau"),
                    sort: MissionSort(.deadline, descending: true), limit: 5))
        let defaults = try search("")
        #expect(defaults.effectiveSort == .newest)
        #expect(defaults.limit == 20)
        #expect(try search("q=audit").effectiveSort == .relevance)
        #expect(try search("q=audit&sort=effort").effectiveSort == MissionSort(.effort))
    }

    @Test(
        "every bad parameter is refused, naming it",
        arguments: [
            ("colour=blue", "colour", "unknown-value"),
            ("nature=gardening", "nature", "unknown-value"),
            ("nature=advice,", "nature", "unknown-value"),
            ("family=cooking", "family", "unknown-value"),
            ("state=closed", "state", "unknown-value"),
            ("sort=title", "sort", "unknown-value"),
            ("sort=-relevance&q=x", "sort", "unknown-value"),
            ("limit=ten", "limit", "mission-search-not-an-integer"),
            ("limit=99999999999", "limit", "mission-search-not-an-integer"),
            ("limit=1&limit=2", "limit", "mission-search-parameter-repeated"),
            ("remote=yes", "remote", "mission-search-not-a-boolean"),
            ("ministry=DINUM", "ministry", "mission-search-not-an-integer"),
            ("departement=20", "departement", "invalid-departement"),
            ("startsAfter=2026-02-30", "startsAfter", "invalid-date"),
            ("endsBefore=tomorrow", "endsBefore", "malformed-date"),
            ("q= !?", "q", "mission-search-query-without-words"),
            ("cursor=not-a-cursor", "cursor", "mission-search-cursor-malformed")
        ])
    func badParameter(query: String, field: String, code: String) throws {
        let thrown = #expect(throws: (any Error).self) { try search(query) }
        let error = try #require(thrown as? any DomainError)
        #expect(error.field == field)
        #expect(error.code == code)
        #expect(error.kind == .invalidValue)
    }

    @Test(
        "inconsistent criteria are refused, naming the parameter",
        arguments: [
            ("limit=0", "limit"), ("limit=101", "limit"), ("skill=cooking", "skill"), ("effortMin=-1", "effortMin"),
            ("effortMin=10&effortMax=5", "effortMax"), ("startsAfter=2026-05-01&endsBefore=2026-04-30", "endsBefore"),
            ("sort=relevance", "sort")
        ])
    func inconsistentCriteria(query: String, field: String) throws {
        let error = try #require(throws: MissionSearchError.self) { try search(query).validate() }
        #expect(error.field == field)
    }

    @Test("a cursor round-trips, and belongs to one order")
    func cursor() throws {
        for position in [
            MissionSearchPosition(sort: .newest, value: 1_772_442_000_000, id: 42),
            MissionSearchPosition(sort: .relevance, rank: -1.725490196078431e-06, value: 0, id: 7),
            MissionSearchPosition(sort: MissionSort(.deadline), value: 20_543, id: 1)
        ] {
            let token = MissionCursor.token(for: position)
            #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }, "base64url")
            #expect(try MissionCursor.position(from: token) == position)
        }
        let newest = MissionCursor.token(for: MissionSearchPosition(sort: .newest, value: 5, id: 3))
        #expect(throws: MissionSearchError.cursorSortMismatch(cursor: .newest, request: MissionSort(.effort))) {
            try search("sort=effort&cursor=\(newest)").validate()
        }
        // Well-formed base64url that does not hold a position.
        for text in [
            "1|-publishedAt|2.5|5|3", "1|relevance||5|3", "2|-publishedAt||5|3", "1|-publishedAt||5|0",
            "1|relevance|nan|5|3"
        ] {
            #expect(throws: MissionSearchError.malformedCursor) { try MissionCursor.position(from: base64URL(text)) }
        }
    }

    @Test("talents list published missions only; owners add their own; filtering by state needs a role")
    func visibility() throws {
        try MissionWorld.with { world in
            let published = try world.published(.make(title: "Publiée"))
            let ownDraft = try world.draft(.make(title: "Brouillon du responsable"))
            let otherDraft = try world.draft(
                .make(title: "Brouillon d'un autre"), by: world.otherOwner,
                for: world.otherMinistry.id)
            func ids(_ caller: Caller, _ query: String = "") throws -> Set<MissionID> {
                Set(try world.workflows.missions(matching: try search(query), by: caller).items.map(\.id))
            }
            #expect(try ids(.user(world.talent)) == [published.value.id])
            #expect(try ids(.user(world.owner)) == [published.value.id, ownDraft.value.id])
            #expect(try ids(.user(world.owner), "mine=true&state=draft") == [ownDraft.value.id])
            #expect(try ids(.user(world.otherOwner), "state=draft") == [otherDraft.value.id])
            #expect(try ids(.user(world.operatorUser)) == [published.value.id, ownDraft.value.id, otherDraft.value.id])
            #expect(try ids(.commandLine, "state=draft") == [ownDraft.value.id, otherDraft.value.id])
            #expect(
                throws: AccessError.roleRequired(
                    action: "filter missions by state",
                    roles: [.missionOwner, .operator])
            ) {
                try ids(.user(world.talent), "state=published")
            }
        }
    }

    @Test("pages follow each other through the opaque cursor, the last one without a cursor")
    func paging() throws {
        try MissionWorld.with { world in
            var created: [MissionID] = []
            for index in 1...5 {
                world.clock.advance(minutes: 1)
                created.append(try world.published(.make(title: "Mission \(index)")).value.id)
            }
            var seen: [MissionID] = []
            var cursor: String?
            repeat {
                let query = "limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try world.workflows.missions(matching: try search(query), by: .user(world.talent))
                seen += page.items.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil && seen.count < 10
            #expect(seen == created.reversed(), "newest first, each once")
        }
    }

    private func base64URL(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
