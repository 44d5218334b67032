import Domain
import Workflows

/// A mission as the API shows it (schema `Mission` of docs/openapi.yaml): the fields of
/// `MissionDetails` side by side with the identity and the life cycle, so that what was read
/// can be sent back in `PUT`; instants in RFC 3339, as everywhere in the API.
struct MissionJSON: Encodable {
    let id: MissionID
    let administrationID: AdministrationID
    let ownerID: UserID
    /// The co-owners (issue 22), who act for the mission like its owner.
    let coOwnerIDs: [UserID]
    let title: String
    let description: String
    let nature: MissionNature
    let requiredSkills: [SkillRequirement]
    let effortHours: Int
    let window: DateWindow
    let departement: Departement?
    let remote: Bool
    let talentsSought: Int
    let applicationDeadline: LocalDate
    let crisis: Bool
    let state: MissionState
    let rejectionReason: String?
    let createdAt: String
    let updatedAt: String
    let submittedAt: String?
    let publishedAt: String?
    let closedAt: String?

    init(_ mission: Mission) {
        let details = mission.details
        id = mission.id
        administrationID = mission.administrationID
        ownerID = mission.ownerID
        coOwnerIDs = mission.coOwnerIDs
        title = details.title
        description = details.description
        nature = details.nature
        requiredSkills = details.requiredSkills
        effortHours = details.effortHours
        window = details.window
        departement = details.departement
        remote = details.remote
        talentsSought = details.talentsSought
        applicationDeadline = details.applicationDeadline
        crisis = details.crisis
        state = mission.state
        rejectionReason = mission.rejectionReason
        createdAt = mission.createdAt.rfc3339
        updatedAt = mission.updatedAt.rfc3339
        submittedAt = mission.submittedAt?.rfc3339
        publishedAt = mission.publishedAt?.rfc3339
        closedAt = mission.closedAt?.rfc3339
    }
}

/// A page of missions; `nextCursor` is absent on the last page.
struct MissionPageJSON: Encodable {
    let items: [MissionJSON]
    let nextCursor: String?

    init(_ page: Workflows.MissionPage) {
        items = page.items.map(MissionJSON.init)
        nextCursor = page.nextCursor
    }
}
