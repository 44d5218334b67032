/// A talent as mission owners see them in the pool: what helps choose whom to invite, without
/// the line manager (their name and e-mail stay between the talent and the programme).
public struct PoolProfile: Hashable, Sendable {
    /// The talent.
    public let id: TalentID
    /// The talent's name, as shown to others.
    public let displayName: String
    /// The employing administration.
    public let employerID: AdministrationID
    /// Civil servant or contract agent.
    public let status: EmploymentStatus
    /// Where the talent works.
    public let departement: Departement
    /// Declared skills and levels, in the talent's order.
    public let skills: [TalentSkill]
    /// The time the talent can lend.
    public let availability: Availability
    /// The talent's presentation.
    public let presentation: String
    /// When the talent joined the pool.
    public let inPoolSince: Instant

    /// The pool view of `talent`, who must be in the pool (a programmer mistake otherwise:
    /// a profile without consent is never shown to mission owners).
    public init(_ talent: Talent, displayName: String) {
        guard let consentAt = talent.poolConsentAt else {
            preconditionFailure("talent \(talent.id) is not in the pool")
        }
        let profile = talent.profile
        id = talent.id
        self.displayName = displayName
        employerID = profile.employerID
        status = profile.status
        departement = profile.departement
        skills = profile.skills
        availability = profile.availability
        presentation = profile.presentation
        inPoolSince = consentAt
    }
}
