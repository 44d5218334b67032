import Domain
import Persistence
import Testing
import Workflows

@Suite("Application listings: scopes, order, overdue, pages")
struct ApplicationListingTests {
    private let motivation = "Disponible deux jours par mois."

    /// Dominique applies to the first owner's mission at D, Camille at D+1 and to the other
    /// owner's mission at D+2; the clock is then at D+2.
    private func applications(in world: TalentWorld) throws -> (ApplicationID, ApplicationID, ApplicationID) {
        let first = try world.workflows.apply(
            to: world.published.id, motivation: motivation,
            by: .user(world.dominique)
        ).application.id
        world.clock.advance(days: 1)
        let second = try world.workflows.apply(
            to: world.published.id, motivation: motivation,
            by: .user(world.camille)
        ).application.id
        world.clock.advance(days: 1)
        let third = try world.workflows.apply(
            to: world.othersPublished.id, motivation: motivation,
            by: .user(world.camille)
        ).application.id
        return (first, second, third)
    }

    private func ids(_ page: ApplicationPage) -> [ApplicationID] {
        page.items.map(\.application.id)
    }

    @Test("each caller lists what involves them, oldest due first; the operator everything")
    func scopes() throws {
        try TalentWorld.with { world throws in
            let (first, second, third) = try applications(in: world)
            let all = ApplicationSearch()
            #expect(ids(try world.workflows.applications(matching: all, by: .user(world.owner))) == [first, second])
            #expect(ids(try world.workflows.applications(matching: all, by: .user(world.otherOwner))) == [third])
            #expect(ids(try world.workflows.applications(matching: all, by: .user(world.camille))) == [second, third])
            #expect(
                ids(try world.workflows.applications(matching: all, by: .user(world.operatorUser)))
                    == [first, second, third])
            #expect(ids(try world.workflows.applications(matching: all, by: .commandLine)) == [first, second, third])
            let owners = try world.workflows.applications(matching: all, by: .user(world.owner))
            #expect(owners.items.allSatisfy { $0.applicant != nil })
            #expect(
                try world.workflows.applications(matching: all, by: .user(world.camille)).items
                    .allSatisfy { $0.applicant == nil })
            #expect(
                ids(
                    try world.workflows.applications(
                        matching: ApplicationSearch(missionID: world.othersPublished.id),
                        by: .user(world.camille))) == [third])

            #expect(
                ids(
                    try world.workflows.applications(
                        to: world.published.id, matching: all,
                        by: .user(world.owner))) == [first, second])
            #expect(throws: AccessError.notOwner(action: "read the applications to a mission")) {
                try world.workflows.applications(to: world.published.id, matching: all, by: .user(world.otherOwner))
            }
            #expect(throws: NotFoundError("mission", id: world.draft.id)) {
                try world.workflows.applications(to: world.draft.id, matching: all, by: .user(world.otherOwner))
            }
            #expect(
                throws: AccessError.roleRequired(
                    action: "read the applications to a mission",
                    roles: [.missionOwner, .operator])
            ) {
                try world.workflows.applications(to: world.published.id, matching: all, by: .user(world.camille))
            }
        }
    }

    @Test("overdue flips strictly after D+14, from the clock at read time, until the owner answers")
    func overdue() throws {
        try TalentWorld.with { world throws in
            let (first, second, _) = try applications(in: world)
            let overdueOnly = ApplicationSearch(overdue: true)
            world.clock.now = TalentWorld.now.adding(days: 14)
            #expect(try world.workflows.application(first, by: .user(world.owner)).overdue == false)
            #expect(ids(try world.workflows.applications(matching: overdueOnly, by: .user(world.owner))) == [])
            world.clock.advance(milliseconds: 1)
            #expect(try world.workflows.application(first, by: .user(world.owner)).overdue)
            #expect(ids(try world.workflows.applications(matching: overdueOnly, by: .user(world.owner))) == [first])
            #expect(
                ids(
                    try world.workflows.applications(
                        matching: ApplicationSearch(overdue: false),
                        by: .user(world.owner))) == [second])
            world.clock.advance(days: 1)
            #expect(
                ids(try world.workflows.applications(matching: overdueOnly, by: .user(world.owner)))
                    == [first, second])
            // A late answer clears the flag.
            _ = try world.workflows.declineApplication(
                first, reason: try CodedReason(.missionFilled),
                expectedRevision: 1, by: .user(world.owner))
            #expect(ids(try world.workflows.applications(matching: overdueOnly, by: .user(world.owner))) == [second])
            #expect(
                ids(
                    try world.workflows.applications(
                        matching: ApplicationSearch(statuses: [.declined]),
                        by: .user(world.owner))) == [first])
        }
    }

    @Test("pages follow each other without repeats or gaps, even when applications arrive meanwhile")
    func pages() throws {
        try TalentWorld.with { world throws in
            let (first, second, third) = try applications(in: world)
            var search = ApplicationSearch(limit: 1)
            let one = try world.workflows.applications(matching: search, by: .user(world.operatorUser))
            #expect(ids(one) == [first])
            let next: String = try #require(one.nextCursor)
            search.cursor = next
            // Dominique applies to the other owner's mission: due last, so on the last page.
            let fourth = try world.workflows.apply(
                to: world.othersPublished.id, motivation: motivation,
                by: .user(world.dominique)
            ).application.id
            var seen = ids(one)
            while search.cursor != nil {
                let page = try world.workflows.applications(matching: search, by: .user(world.operatorUser))
                seen += ids(page)
                search.cursor = page.nextCursor
            }
            #expect(seen == [first, second, third, fourth])
            for bad in ["abc", "", ApplicationCursor.token(for: .init(dueAt: TalentWorld.now, id: 1)) + "x"] {
                #expect(throws: ApplicationSearchError.malformedCursor) {
                    try world.workflows.applications(matching: ApplicationSearch(cursor: bad), by: .commandLine)
                }
            }
            #expect(throws: ApplicationSearchError.limitOutOfRange("0")) {
                try world.workflows.applications(matching: ApplicationSearch(limit: 0), by: .commandLine)
            }
        }
    }
}
