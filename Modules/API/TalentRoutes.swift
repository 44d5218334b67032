import Domain
import HTTP
import Workflows

/// `/v1/talents`: talent profiles and pool membership; `/v1/pool`: the search of consenting
/// profiles by mission owners; `/v1/missions/{id}/invitations`: invitations to apply.
enum TalentRoutes {
    static func add(to api: inout APIRouter) {
        addProfiles(to: &api)
        addPool(to: &api)
        addEmployment(to: &api)
        addInvitations(to: &api)
    }

    /// A talent's own profile (`Talent`), with the revision as `ETag`.
    private static func addProfiles(to api: inout APIRouter) {
        api.on(.post, "/v1/talents") { request in
            let caller = try request.caller()
            guard let user = caller.user else { preconditionFailure("the API's callers are users") }
            let profile = try request.decode(TalentProfile.self)
            return try request.idempotent { connection in
                let talent = try request.workflows.createTalentProfile(
                    profile, for: user.id, by: caller,
                    in: connection)
                return try APIJSON.recorded(
                    TalentJSON(talent.value), status: 201, location: location(talent.value.id),
                    revision: talent.revision)
            }
        }
        api.on(.get, "/v1/talents/me") { request in
            let talent = try request.workflows.ownTalentProfile(by: try request.caller())
            return try .resource(TalentJSON(talent.value), revision: talent.revision)
        }
        api.on(.get, "/v1/talents/{id}") { request in
            let talent = try request.workflows.talentProfile(try request.id("id", "talent"), by: try request.caller())
            return try .resource(TalentJSON(talent.value), revision: talent.revision)
        }
        api.on(.put, "/v1/talents/{id}") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let id: TalentID = try request.id("id", "talent")
            let profile = try request.decode(TalentProfile.self)
            let talent = try request.workflows.updateTalentProfile(id, profile, expectedRevision: revision, by: caller)
            return try .resource(TalentJSON(talent.value), revision: talent.revision)
        }
    }

    /// Confirming a talent's declared employment (a referent of that administration, the operator).
    private static func addEmployment(to api: inout APIRouter) {
        api.on(.get, "/v1/employment-confirmations") { request in
            let items = try request.workflows.employmentsToConfirm(by: try request.caller())
            return try .apiJSON(
                EmploymentToConfirmListJSON(
                    items: items.map {
                        EmploymentToConfirmJSON(talent: $0.talent, revision: $0.revision, user: $0.user)
                    }))
        }
        api.on(.post, "/v1/talents/{id}/confirm-employment") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let talent = try request.workflows.confirmEmployment(
                of: try request.id("id", "talent"),
                expectedRevision: revision, by: caller)
            return try .resource(TalentJSON(talent.value), revision: talent.revision)
        }
    }

    /// Joining and leaving the pool (the talent), searching it (mission owners, operator).
    private static func addPool(to api: inout APIRouter) {
        api.on(.post, "/v1/talents/{id}/pool") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let id: TalentID = try request.id("id", "talent")
            let body = try request.decode(PoolConsent.self)
            let talent = try request.workflows.joinPool(
                id, consent: body.consent, expectedRevision: revision,
                by: caller)
            return try .resource(TalentJSON(talent.value), revision: talent.revision)
        }
        api.on(.delete, "/v1/talents/{id}/pool") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let talent = try request.workflows.leavePool(
                try request.id("id", "talent"), expectedRevision: revision,
                by: caller)
            return try .resource(TalentJSON(talent.value), revision: talent.revision)
        }
        api.on(.get, "/v1/pool") { request in
            let caller = try request.caller()
            let search = try PoolSearch(query: request.http.query)
            return try .apiJSON(PoolPageJSON(try request.workflows.searchPool(search, by: caller)))
        }
        api.on(.get, "/v1/pool/{id}") { request in
            let profile = try request.workflows.poolProfile(try request.id("id", "talent"), by: try request.caller())
            return try .resource(PoolProfileJSON(profile.value), revision: profile.revision)
        }
    }

    /// Invitations to apply: sent by a mission's owner, read by the invited talent.
    private static func addInvitations(to api: inout APIRouter) {
        api.on(.post, "/v1/missions/{id}/invitations") { request in
            let caller = try request.caller()
            let missionID: MissionID = try request.id("id", "mission")
            let new = try request.decode(NewInvitation.self)
            return try request.idempotent { connection in
                let invitation = try request.workflows.invite(new, to: missionID, by: caller, in: connection)
                return try APIJSON.recorded(
                    InvitationJSON(invitation), status: 201, location: location(invitation),
                    revision: invitationRevision)
            }
        }
        api.on(.get, "/v1/missions/{id}/invitations") { request in
            let invitations = try request.workflows.invitations(
                of: try request.id("id", "mission"),
                by: try request.caller())
            return try .apiJSON(ItemsJSON(items: invitations.map(InvitationJSON.init)))
        }
        api.on(.get, "/v1/missions/{id}/invitations/{invitationID}") { request in
            let caller = try request.caller()
            let invitation = try request.workflows.invitation(
                try request.id("invitationID", "invitation"),
                of: try request.id("id", "mission"), by: caller)
            return try .resource(InvitationJSON(invitation), revision: invitationRevision)
        }
        api.on(.get, "/v1/talents/me/invitations") { request in
            let received = try request.workflows.receivedInvitations(by: try request.caller())
            return try .apiJSON(ItemsJSON(items: received.map(ReceivedInvitationJSON.init)))
        }
    }

    /// Invitations never change once sent: their revision, hence their `ETag`, is always 1.
    private static let invitationRevision = 1

    private static func location(_ id: TalentID) -> String {
        "/v1/talents/\(id.rawValue)"
    }

    private static func location(_ invitation: Invitation) -> String {
        "/v1/missions/\(invitation.missionID.rawValue)/invitations/\(invitation.id.rawValue)"
    }
}
