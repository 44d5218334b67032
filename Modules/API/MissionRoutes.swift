import Domain
import HTTP
import Workflows

/// `/v1/missions`: drafting, moderation, closing and the listing with filters, full-text search
/// and cursor pages. Who may do what is decided by the use cases.
enum MissionRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/missions") { request in
            let caller = try request.caller()
            let search = try MissionSearch(parameters: request.http.query)
            return try .apiJSON(MissionPageJSON(try request.workflows.missions(matching: search, by: caller)))
        }
        api.on(.get, "/v1/me/mission-administrations") { request in
            try .apiJSON(try request.workflows.administrationsForMission(by: try request.caller()))
        }
        api.on(.post, "/v1/missions") { request in
            let caller = try request.caller()
            let new = try request.decode(NewMission.self)
            return try request.idempotent { connection in
                let created = try request.workflows.createMission(new, by: caller, in: connection)
                return try APIJSON.recorded(
                    MissionJSON(created.value), status: 201, location: path(created.value.id),
                    revision: created.revision)
            }
        }
        api.on(.get, "/v1/missions/{id}") { request in
            let caller = try request.caller()
            return try resource(try request.workflows.mission(try request.id("id", "mission"), by: caller))
        }
        api.on(.put, "/v1/missions/{id}") { request in
            let (caller, id, revision) = try change(request)
            let details = try request.decode(MissionDetails.self)
            return try resource(
                try request.workflows.editMission(
                    id, details: details, expectedRevision: revision,
                    by: caller))
        }
        api.on(.post, "/v1/missions/{id}/submit") { request in
            let (caller, id, revision) = try change(request)
            return try resource(try request.workflows.submitMission(id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/missions/{id}/publish") { request in
            let (caller, id, revision) = try change(request)
            return try resource(try request.workflows.publishMission(id, expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/missions/{id}/reject") { request in
            let (caller, id, revision) = try change(request)
            let rejection = try request.decode(Rejection.self)
            return try resource(
                try request.workflows.rejectMission(
                    id, reason: rejection.reason,
                    expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/missions/{id}/close") { request in
            let (caller, id, revision) = try change(request)
            let closing = try request.decode(Closing.self)
            return try resource(
                try request.workflows.closeMission(
                    id, as: closing.reason, expectedRevision: revision,
                    by: caller))
        }
        addOwnerChanges(to: &api)
    }

    /// `{"userID": …}` of a transfer or of a co-owner added.
    private struct OwnerChoice: Decodable {
        let userID: UserID
    }

    /// Issue 22: a referent of the mission's administration (or above) or the operator transfers
    /// the mission or changes its co-owners.
    static func addOwnerChanges(to api: inout APIRouter) {
        api.on(.post, "/v1/missions/{id}/transfer") { request in
            let (caller, id, revision) = try change(request)
            let choice = try request.decode(OwnerChoice.self)
            return try resource(
                try request.workflows.changeOwners(
                    of: id, .transfer(to: choice.userID), expectedRevision: revision, by: caller))
        }
        api.on(.post, "/v1/missions/{id}/co-owners") { request in
            let (caller, id, revision) = try change(request)
            let choice = try request.decode(OwnerChoice.self)
            return try resource(
                try request.workflows.changeOwners(
                    of: id, .addCoOwner(choice.userID), expectedRevision: revision, by: caller))
        }
        api.on(.delete, "/v1/missions/{id}/co-owners/{userID}") { request in
            let (caller, id, revision) = try change(request)
            let userID: UserID = try request.id("userID", "user")
            return try resource(
                try request.workflows.changeOwners(
                    of: id, .removeCoOwner(userID), expectedRevision: revision, by: caller))
        }
    }

    /// `{"reason": "…"}` of a rejection.
    private struct Rejection: Decodable {
        let reason: String
    }

    /// `{"reason": "filled" | "cancelled"}` of a closing.
    private struct Closing: Decodable {
        let reason: MissionClosure
    }

    /// What every state change needs: the caller, the mission and the `If-Match` revision.
    private static func change(_ request: APIRequest) throws -> (Caller, MissionID, Int) {
        (try request.caller(), try request.id("id", "mission"), try request.ifMatch())
    }

    private static func resource(_ mission: Versioned<Mission>) throws -> HTTPResponse {
        try .resource(MissionJSON(mission.value), revision: mission.revision)
    }

    private static func path(_ id: MissionID) -> String {
        "/v1/missions/\(id.rawValue)"
    }
}
