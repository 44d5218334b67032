import Domain
import Foundation
import Persistence
import Workflows

extension TalentWorld {
    /// A new talent user with `profile`, in the pool when `inPool`.
    @discardableResult
    func addTalent(
        _ name: String, skills: [TalentSkill], departement: String = "69", hours: Int = 20,
        from: LocalDate? = nil, until: LocalDate? = nil, employer: AdministrationID? = nil,
        inPool: Bool = true
    ) throws -> (user: User, talent: Talent) {
        let slug = name.lowercased().replacingOccurrences(of: " ", with: ".")
        let created = try database.write { connection in
            let user = try UserStore(connection).insert(
                NewUser(
                    displayName: name, email: try EmailAddress("\(slug)@interieur.gouv.fr"), roles: [.talent],
                    administrationID: ministry.id), by: .commandLine, at: Self.now)
            let profile = TalentProfile.make(
                employerID: employer ?? ministry.id, departement: departement, skills: skills,
                availability: Availability(hoursPerMonth: hours, from: from, until: until))
            return (
                user,
                try TalentStore(connection).insert(
                    userID: user.id, profile: profile, by: .commandLine,
                    at: Self.now)
            )
        }
        if inPool { try join(created.1) }
        return (created.0, try talent(created.1.id) ?? created.1)
    }

    /// A new administration under the ministry.
    func addAdministration(_ acronym: String) throws -> AdministrationID {
        try database.write { connection in
            try AdministrationStore(connection).insert(
                NewAdministration(
                    name: "Direction \(acronym)", acronym: acronym, level: .directorate,
                    parentID: ministry.id), by: .commandLine, at: Self.now
            ).id
        }
    }

    /// The ids of the talents recommended for `mission` to `caller`.
    func recommended(
        for mission: Mission, _ query: RecommendationQuery = RecommendationQuery(),
        by caller: Caller? = nil
    ) throws -> [TalentID] {
        try workflows.recommendTalents(for: mission.id, query: query, by: caller ?? .user(owner)).map(\.profile.id)
    }
}
