import Domain
import Persistence
import Testing

/// What the in-memory matching index reads: the published missions and the consenting talents
/// as Domain entries, and the changes logged when one of them changes.
@Suite struct MatchingFeedTests {
    @Test func thePublishedMissionIsFedAndTheTalentOnlyOnceInThePool() throws {
        try withSeededDatabase { pool, seed throws in
            let details = seed.mission.details
            let before = try pool.read { connection throws in
                let feed = MatchingFeed(connection)
                var missions: [OpenMissionEntry] = []
                try feed.openMissions { missions.append($0) }
                #expect(missions.map(\.missionID) == [seed.mission.id])
                let entry = try #require(missions.first)
                #expect(entry.departement == details.departement?.code && entry.remote == details.remote)
                #expect(entry.effortHours == details.effortHours && entry.requiredCount == details.requiredSkills.count)
                #expect(entry.startDay == details.window.start.daysSinceEpoch)
                #expect(entry.endDay == details.window.end.daysSinceEpoch)
                #expect(entry.deadlineDay == details.applicationDeadline.daysSinceEpoch)
                #expect(Set(entry.skills) == Set(details.requiredSkills))
                #expect(entry.families == SkillFamilySet(details.requiredSkills.map(\.code), taxonomy: .standard))
                #expect(entry.publishedAt == seed.mission.publishedAt)
                var talents: [PoolEntry] = []
                try feed.poolEntries { talents.append($0) }
                #expect(talents.isEmpty, "a talent without consent is not fed")
                return try feed.latestChange()
            }

            var talent = seed.talent
            try talent.joinPool(consent: true, at: Fixture.now)
            try pool.write {
                _ = try TalentStore($0).update(
                    talent, action: "talent.pool-joined", by: .user(talent.userID),
                    at: Fixture.now)
            }
            try pool.read { connection throws in
                let feed = MatchingFeed(connection)
                #expect(try feed.latestChange() > before)
                #expect(try feed.changes(after: before).map(\.subject) == [.talent(talent.id)])
                var talents: [PoolEntry] = []
                try feed.poolEntries(of: talent.id) { talents.append($0) }
                let profile = talent.profile
                #expect(talents.count == 1)
                let entry = try #require(talents.first)
                #expect(entry.talentID == talent.id && entry.employerID == profile.employerID)
                #expect(entry.departement == profile.departement.code)
                #expect(entry.hoursPerMonth == profile.availability.hoursPerMonth)
                #expect(entry.availableFrom == profile.availability.from?.daysSinceEpoch)
                #expect(entry.availableUntil == profile.availability.until?.daysSinceEpoch)
                #expect(Set(entry.skills) == Set(profile.skills))
                #expect(entry.families == SkillFamilySet(profile.skills.map(\.code), taxonomy: .standard))
                var others: [PoolEntry] = []
                try feed.poolEntries(of: TalentID(talent.id.rawValue + 1)) { others.append($0) }
                #expect(others.isEmpty)
            }
        }
    }
}
