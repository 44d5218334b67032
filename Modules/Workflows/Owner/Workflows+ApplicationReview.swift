public import Domain
import Persistence

extension Workflows {
    /// Application `id` as its mission's owner (or the operator) reads it to choose
    /// (``ApplicationReview``): no line manager, no e-mail address before acceptance.
    /// - Throws: ``AccessError`` without the role or for someone else's mission; ``NotFoundError``
    ///   for an application the caller may not see.
    public func applicationReview(_ id: ApplicationID, by caller: Caller) throws -> ApplicationReview {
        let action = "review an application"
        try requireActingOwner(caller, to: action)
        let now = clock.now
        return try database.read { connection in
            let listed = try visibleApplication(id, to: caller, in: ApplicationStore(connection))
            if let user = caller.user, !listed.parties.seesApplicantContact(user) {
                throw AccessError.notOwner(action: action)
            }
            let application = listed.application
            guard let mission = try MissionStore(connection).find(application.missionID),
                let talent = try TalentStore(connection).find(application.talentID)
            else {
                throw NotFoundError("application", id: id)
            }
            let profile = talent.profile
            let required = mission.details.requiredSkills
            let applicant = ApplicationReview.Applicant(
                displayName: listed.applicantName,
                employer: try AdministrationStore(connection).find(profile.employerID),
                status: profile.status, departement: profile.departement, skills: profile.skills,
                availability: profile.availability, presentation: profile.presentation,
                email: application.state.status == .accepted ? listed.applicantEmail : nil)
            return ApplicationReview(
                application: application, revision: listed.revision,
                mission: caller.user.map(mission.presented) ?? mission, applicant: applicant,
                requiredSkills: required.map { SkillComparison($0, against: profile.skills) },
                otherSkills: profile.skills.filter { skill in !required.contains { $0.code == skill.code } },
                explanation: MatchExplanation.evaluate(mission.details, MatchCandidate(profile)),
                daysLeft: application.daysLeft(now: now))
        }
    }
}
