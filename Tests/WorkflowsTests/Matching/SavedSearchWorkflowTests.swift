import Domain
import Persistence
import Testing
import Workflows

@Suite struct SavedSearchWorkflowTests {
    @Test func aTalentSavesListsAndDeletesTheirOwnSearches() throws {
        try TalentWorld.with { world throws in
            let camille = Caller.user(world.camille)
            let saved = try world.workflows.createSavedSearch(
                NewSavedSearch(name: " API ", parameters: ["q": "api", "skill": "arch-api,dev-backend"]), by: camille)
            #expect(saved.name == "API")
            #expect(try world.workflows.savedSearches(by: camille).map(\.id) == [saved.id])
            #expect(try world.workflows.savedSearches(by: .user(world.dominique)).isEmpty)
            // Another user's search does not exist for them.
            #expect(throws: NotFoundError.self) {
                try world.workflows.deleteSavedSearch(saved.id, by: .user(world.dominique))
            }
            #expect(throws: AccessError.self) { try world.workflows.savedSearches(by: .user(world.owner)) }
            try world.workflows.deleteSavedSearch(saved.id, by: camille)
            #expect(try world.workflows.savedSearches(by: camille).isEmpty)
            #expect(try world.auditCount("saved-search.created") == 1)
            #expect(try world.auditCount("saved-search.deleted") == 1)
        }
    }

    @Test func badParametersAreRefusedNamingThem() throws {
        try TalentWorld.with { world throws in
            let camille = Caller.user(world.camille)
            #expect(throws: MissionSearchError.unknownSkill("no-such-skill")) {
                try world.workflows.createSavedSearch(
                    NewSavedSearch(name: "X", parameters: ["skill": "no-such-skill"]),
                    by: camille)
            }
            #expect(throws: UnknownValueError.self) {
                try world.workflows.createSavedSearch(
                    NewSavedSearch(name: "X", parameters: ["colour": "blue"]), by: camille)
            }
            #expect(throws: SavedSearchError.parameterNotSaved("state")) {
                try world.workflows.createSavedSearch(
                    NewSavedSearch(name: "X", parameters: ["state": "draft"]), by: camille)
            }
            for index in 0..<NewSavedSearch.maximumPerUser {
                _ = try world.workflows.createSavedSearch(
                    NewSavedSearch(name: "S\(index)", parameters: [:]), by: camille)
            }
            #expect(throws: SavedSearchError.tooMany) {
                try world.workflows.createSavedSearch(NewSavedSearch(name: "One more", parameters: [:]), by: camille)
            }
        }
    }

    @Test func publishingQueuesTheMatchesOfSavedSearchesForTheDigest() throws {
        try TalentWorld.with { world throws in
            let api = try world.workflows.createSavedSearch(
                NewSavedSearch(name: "API", parameters: ["q": "rendez", "departement": "69"]), by: .user(world.camille))
            _ = try world.workflows.createSavedSearch(
                NewSavedSearch(name: "Data", parameters: ["family": "data"]), by: .user(world.dominique))
            // The owner submits a new mission like the draft; the operator publishes it.
            let draft = world.draft
            _ = try world.workflows.submitMission(draft.id, expectedRevision: nil, by: .user(world.owner))
            #expect(try world.workflows.pendingAlerts(by: .commandLine).isEmpty)
            _ = try world.workflows.publishMission(draft.id, expectedRevision: nil, by: .user(world.operatorUser))

            let pending = try world.workflows.pendingAlerts(by: .user(world.operatorUser))
            #expect(pending.map(\.missionID) == [draft.id])
            #expect(pending.map(\.savedSearchID) == [api.id])
            #expect(pending.map(\.userID) == [world.camille.id])
            #expect(throws: AccessError.self) { try world.workflows.pendingAlerts(by: .user(world.camille)) }
            #expect(try world.workflows.markAlertsSent(pending.map(\.id), by: .commandLine) == 1)
            #expect(try world.workflows.markAlertsSent(pending.map(\.id), by: .commandLine) == 0)
            #expect(try world.workflows.pendingAlerts(by: .commandLine).isEmpty)
        }
    }

    @Test func aFailedPublicationQueuesNothing() throws {
        try TalentWorld.with { world throws in
            _ = try world.workflows.createSavedSearch(
                NewSavedSearch(name: "Tout", parameters: [:]), by: .user(world.camille))
            // The draft was never submitted: publishing it breaks the rule and rolls back.
            #expect(throws: MissionError.self) {
                try world.workflows.publishMission(world.draft.id, expectedRevision: nil, by: .user(world.operatorUser))
            }
            #expect(try world.count("alert_matches") == 0)
        }
    }

    @Test func theMatchingTablesHoldOnlyThePoolAndPublishedMissions() throws {
        try TalentWorld.with { world throws in
            // Camille and Dominique are outside the pool; two missions are published, one is a draft.
            #expect(try world.count("pool_skills") == 0)
            #expect(try world.count("published_mission_skills") == 2)
            try world.join(world.camilleTalent)
            #expect(try world.count("pool_skills") == 3)
        }
    }
}
