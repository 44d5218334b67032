import Domain
import Workflows

// The JSON representations of talents, pool profiles and invitations (schemas `Talent`,
// `PoolProfile`, `PoolPage`, `Invitation`, `ReceivedInvitation` of docs/openapi.yaml):
// instants in RFC 3339, as everywhere in the API.

/// A whole talent profile (owner, operator): the fields of `TalentProfile`, so that what was
/// read can be sent back in `PUT`, plus the identity and pool membership.
struct TalentJSON: Encodable {
    let id: TalentID
    let userID: UserID
    let employerID: AdministrationID
    let status: EmploymentStatus
    let lineManager: LineManager
    let departement: Departement
    let skills: [TalentSkill]
    let availability: Availability
    let presentation: String
    let inPool: Bool
    let poolConsentAt: String?
    /// Whether a referent confirmed the declared employer, and when (absent until then).
    let employmentConfirmed: Bool
    let employmentConfirmedAt: String?

    init(_ talent: Talent) {
        let profile = talent.profile
        id = talent.id
        userID = talent.userID
        employerID = profile.employerID
        status = profile.status
        lineManager = profile.lineManager
        departement = profile.departement
        skills = profile.skills
        availability = profile.availability
        presentation = profile.presentation
        inPool = talent.isVisibleInPool
        poolConsentAt = talent.poolConsentAt?.rfc3339
        employmentConfirmed = talent.confirmedEmployerID != nil
        employmentConfirmedAt =
            talent.confirmedEmployerID == nil ? nil : talent.employmentConfirmation?.confirmedAt.rfc3339
    }
}

/// A talent whose declared employment awaits its referent (schema `EmploymentToConfirm`): who
/// they are and which administration they name, no more.
struct EmploymentToConfirmJSON: Encodable {
    let talentID: TalentID
    let userID: UserID
    let displayName: String
    let employerID: AdministrationID
    /// The talent's revision, for the confirmation's `If-Match`.
    let revision: Int

    init(talent: Talent, revision: Int, user: User) {
        talentID = talent.id
        userID = user.id
        displayName = user.displayName
        employerID = talent.profile.employerID
        self.revision = revision
    }
}

/// The employments awaiting the caller's confirmation (schema `EmploymentToConfirmList`).
struct EmploymentToConfirmListJSON: Encodable {
    let items: [EmploymentToConfirmJSON]
}

/// A talent as mission owners see them in the pool: no line manager.
struct PoolProfileJSON: Encodable {
    let id: TalentID
    let displayName: String
    let employerID: AdministrationID
    let status: EmploymentStatus
    let departement: Departement
    let skills: [TalentSkill]
    let availability: Availability
    let presentation: String
    let inPoolSince: String

    init(_ profile: PoolProfile) {
        id = profile.id
        displayName = profile.displayName
        employerID = profile.employerID
        status = profile.status
        departement = profile.departement
        skills = profile.skills
        availability = profile.availability
        presentation = profile.presentation
        inPoolSince = profile.inPoolSince.rfc3339
    }
}

/// A page of the pool; `nextCursor` is absent on the last page.
struct PoolPageJSON: Encodable {
    let items: [PoolProfileJSON]
    let nextCursor: String?

    init(_ page: PoolPage) {
        items = page.items.map(PoolProfileJSON.init)
        nextCursor = page.nextCursor
    }
}

/// An invitation as its mission's owner sees it.
struct InvitationJSON: Encodable {
    let id: InvitationID
    let missionID: MissionID
    let talentID: TalentID
    let invitedBy: UserID
    let message: String
    let createdAt: String

    init(_ invitation: Invitation) {
        id = invitation.id
        missionID = invitation.missionID
        talentID = invitation.talentID
        invitedBy = invitation.invitedBy
        message = invitation.message
        createdAt = invitation.createdAt.rfc3339
    }
}

/// An invitation as its talent sees it: the invitation, a summary of the mission, and where to
/// apply (an invited talent applies like any other).
struct ReceivedInvitationJSON: Encodable {
    struct Mission: Encodable {
        let id: MissionID
        let title: String
        let state: MissionState
        let applicationDeadline: LocalDate
    }

    let id: InvitationID
    let message: String
    let createdAt: String
    let mission: Mission
    /// `POST` a motivation there to apply.
    let applyURL: String

    init(_ received: Workflows.ReceivedInvitation) {
        let invitation = received.invitation
        id = invitation.id
        message = invitation.message
        createdAt = invitation.createdAt.rfc3339
        mission = Mission(
            id: invitation.missionID, title: received.missionTitle, state: received.missionState,
            applicationDeadline: received.applicationDeadline)
        applyURL = "/v1/missions/\(invitation.missionID.rawValue)/applications"
    }
}

/// A list that does not page, under `items` like the pages, so a cursor can come later.
struct ItemsJSON<Item: Encodable>: Encodable {
    let items: [Item]
}
