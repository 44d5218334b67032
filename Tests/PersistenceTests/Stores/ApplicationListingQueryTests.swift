import Domain
import Persistence
import TestSupport
import Testing

/// The listing query (indexed lookups per scope, then the page) against the plain rule: every
/// application read one by one, kept when ``ApplicationScope/contains(_:)`` and the search say
/// so, oldest due first then by id.
@Suite("ApplicationStore listing: every scope and filter, page by page, as a plain filter")
struct ApplicationListingQueryTests {
    /// Three owners; the first co-owns a mission of the second, and so does the third, who is
    /// also a talent applying to the others' missions; six talents apply to five missions with
    /// every status, many of them due at the same instant.
    private struct World {
        var users: [UserID]
        var missions: [MissionID]
    }

    private func populate(_ seed: Seed, in connection: Connection) throws -> World {
        let users = UserStore(connection)
        let missions = MissionStore(connection)
        let now = Fixture.now
        let second = try users.insert(
            .make(
                displayName: "Claude Moreau", email: "claude.moreau@interieur.gouv.fr", roles: [.missionOwner],
                administrationID: seed.directorate.id), by: Fixture.actor, at: now)
        let third = try users.insert(
            .make(
                displayName: "Sacha Petit", email: "sacha.petit@interieur.gouv.fr", roles: [.missionOwner, .talent],
                administrationID: seed.directorate.id), by: Fixture.actor, at: now)
        let thirdTalent = try TalentStore(connection).insert(
            userID: third.id, profile: .make(employerID: seed.ministry.id), by: .user(third.id), at: now)
        func mission(of owner: UserID, _ title: String) throws -> Mission {
            try missions.insert(
                administrationID: seed.directorate.id, ownerID: owner, details: .make(title: title),
                by: .user(owner), at: now)
        }
        let ownMission = try mission(of: seed.owner.id, "Deuxième mission")
        let shared = try mission(of: second.id, "Mission partagée")
        _ = try missions.addCoOwner(seed.owner.id, to: shared, expectedRevision: nil, by: Fixture.actor, at: now)
        let sharedAgain = try missions.find(shared.id)!
        _ = try missions.addCoOwner(third.id, to: sharedAgain, expectedRevision: nil, by: Fixture.actor, at: now)
        let thirds = try mission(of: third.id, "Mission de Sacha")
        let seconds = try mission(of: second.id, "Autre mission")
        var talents = [seed.talent.id, thirdTalent.id]
        for number in 1...4 { talents.append(try seed.addTalent(number, in: connection).id) }
        let allMissions = [seed.mission.id, ownMission.id, shared.id, thirds.id, seconds.id]
        var index = 0
        for missionID in allMissions {
            for talentID in talents {
                try insertApplication(number: index, missionID: missionID, talentID: talentID, in: connection)
                index += 1
            }
        }
        return World(
            users: [seed.owner.id, second.id, third.id, seed.talentUser.id, UserID(999)], missions: allMissions)
    }

    /// Application `number`: its status cycles through every status, its submission through
    /// seven days (so several share a due instant); one submitted in four was reopened after an
    /// answer (`answered_at` set), which is never overdue.
    private func insertApplication(
        number: Int, missionID: MissionID, talentID: TalentID, in connection: Connection
    ) throws {
        let status = ApplicationStatus.allCases[number % ApplicationStatus.allCases.count]
        let submitted = Fixture.now.adding(days: -(number * 3 % 7))
        let answered: Instant? =
            status == .submitted && number % 4 != 0 ? nil : submitted.adding(days: 1)
        let interviewAt: Instant? = status == .interviewProposed ? submitted.adding(days: 3) : nil
        let reason: String? = [.declined, .withdrawn].contains(status) ? "mission-filled" : nil
        try connection.run(
            """
            INSERT INTO applications(mission_id, talent_id, motivation, status, interview_at, interview_means,
                reason_code, submitted_at, due_at, answered_at, updated_at)
            VALUES (?, ?, 'Disponible.', ?, ?, ?, ?, ?, ?, ?, ?)
            """, missionID, talentID, status.rawValue, interviewAt, interviewAt.map { _ in "Visioconférence" },
            reason, submitted, submitted.adding(days: Application.answerPeriodDays), answered, submitted)
    }

    private func matches(
        _ listed: ListedApplication, _ search: ApplicationSearch, in scope: ApplicationScope, now: Instant
    ) -> Bool {
        let application = listed.application
        return scope.contains(listed.parties)
            && search.missionID.map { $0 == application.missionID } ?? true
            && (search.statuses.isEmpty || search.statuses.contains(application.state.status))
            && search.overdue.map { $0 == application.isOverdue(now: now) } ?? true
    }

    @Test("each scope and filter lists what the plain filter keeps, in order, across pages of 1, 4 and 100")
    func sameAsPlainFilter() throws {
        try withSeededDatabase { pool, seed throws in
            let world = try pool.write { try populate(seed, in: $0) }
            let now = Fixture.now.adding(days: 10)
            try pool.read { connection throws in
                let store = ApplicationStore(connection)
                let ids = try connection.query("SELECT id FROM applications ORDER BY id") {
                    try $0.decode(0, as: ApplicationID.self)
                }
                #expect(ids.count == 30)
                let everything = try ids.map { try #require(try store.findListed($0)) }.sorted {
                    ($0.application.dueAt, $0.application.id) < ($1.application.dueAt, $1.application.id)
                }
                let scopes: [ApplicationScope] =
                    [.all]
                    + world.users.flatMap { [.involving($0), .sentBy($0), .toMissionsOf($0)] }
                let searches: [ApplicationSearch] =
                    [
                        ApplicationSearch(), ApplicationSearch(statuses: [.submitted, .interviewProposed]),
                        ApplicationSearch(statuses: [.declined]), ApplicationSearch(overdue: true),
                        ApplicationSearch(overdue: false),
                        ApplicationSearch(statuses: [.submitted], overdue: false)
                    ] + world.missions.map { ApplicationSearch(missionID: $0) }
                var nonEmpty = 0
                for scope in scopes {
                    for search in searches {
                        let expected = everything.filter { matches($0, search, in: scope, now: now) }
                        if !expected.isEmpty { nonEmpty += 1 }
                        for limit in [1, 4, 100] {
                            var listed: [ListedApplication] = []
                            var after: ApplicationSearchPosition?
                            while true {
                                let page = try store.list(search, in: scope, now: now, after: after, limit: limit)
                                listed += page
                                guard page.count == limit, let last = page.last else { break }
                                after = ApplicationSearchPosition(
                                    dueAt: last.application.dueAt, id: last.application.id)
                            }
                            #expect(
                                listed == expected, "scope \(scope), search \(search), pages of \(limit)")
                        }
                    }
                }
                // The seeded world gives most combinations something to list.
                #expect(nonEmpty > scopes.count * searches.count / 2)
            }
        }
    }
}
