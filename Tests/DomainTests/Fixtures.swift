import Domain

/// A date from its ISO text; the fixtures only use valid literals.
func day(_ text: String) -> LocalDate {
    do { return try LocalDate(parsing: text) } catch { preconditionFailure("bad fixture date \(text)") }
}

/// 2026-03-02T09:00:00Z, the fixtures' "now".
let referenceInstant = Instant(utc: day("2026-03-02"), hour: 9)

func departement(_ code: String) -> Departement {
    do { return try Departement(code) } catch { preconditionFailure("bad fixture département \(code)") }
}

func email(_ text: String) -> EmailAddress {
    do { return try EmailAddress(text) } catch { preconditionFailure("bad fixture e-mail \(text)") }
}

extension MissionDetails {
    static func make(
        title: String = "Audit de sécurité du portail de démarches",
        description: String = "Revue de la configuration et tests d'intrusion avant l'ouverture du service.",
        nature: MissionNature = .securityHardening,
        requiredSkills: [SkillRequirement] = [SkillRequirement("sec-audit", minimumLevel: .mastery)],
        effortHours: Int = 35,
        window: DateWindow = DateWindow(start: day("2026-04-01"), end: day("2026-06-30")),
        departement: Departement? = DomainTests.departement("75"),
        remote: Bool = true,
        talentsSought: Int = 1,
        applicationDeadline: LocalDate = day("2026-03-20"),
        crisis: Bool = false
    ) -> MissionDetails {
        MissionDetails(
            title: title, description: description, nature: nature, requiredSkills: requiredSkills,
            effortHours: effortHours, window: window, departement: departement, remote: remote,
            talentsSought: talentsSought, applicationDeadline: applicationDeadline, crisis: crisis)
    }
}

extension Mission {
    static func make(
        id: MissionID = 1,
        administrationID: AdministrationID = 10,
        ownerID: UserID = 100,
        details: MissionDetails = .make(),
        state: MissionState = .draft,
        rejectionReason: String? = nil,
        createdAt: Instant = referenceInstant
    ) -> Mission {
        Mission(
            id: id, administrationID: administrationID, ownerID: ownerID, details: details, state: state,
            rejectionReason: rejectionReason, createdAt: createdAt, updatedAt: createdAt,
            submittedAt: nil, publishedAt: nil, closedAt: nil)
    }
}

extension TalentProfile {
    static func make(
        employerID: AdministrationID = 20,
        status: EmploymentStatus = .civilServant,
        lineManager: LineManager = LineManager(name: "Claire Dubois", email: email("claire.dubois@interieur.gouv.fr")),
        departement: Departement = DomainTests.departement("69"),
        skills: [TalentSkill] = [TalentSkill("sec-audit", .expert), TalentSkill("dev-python", .practice)],
        availability: Availability = Availability(hoursPerMonth: 8),
        presentation: String = "Pentesteur au sein d'un CSIRT ministériel."
    ) -> TalentProfile {
        TalentProfile(
            employerID: employerID, status: status, lineManager: lineManager, departement: departement,
            skills: skills, availability: availability, presentation: presentation)
    }
}

extension Talent {
    static func make(
        id: TalentID = 5,
        userID: UserID = 200,
        profile: TalentProfile = .make(),
        poolConsentAt: Instant? = nil
    ) -> Talent {
        Talent(id: id, userID: userID, profile: profile, poolConsentAt: poolConsentAt)
    }
}

extension Application {
    static func make(
        id: ApplicationID = 1,
        missionID: MissionID = 1,
        talentID: TalentID = 5,
        motivation: String = "J'ai mené plusieurs audits de ce type.",
        state: ApplicationState = .submitted,
        submittedAt: Instant = referenceInstant,
        answeredAt: Instant? = nil
    ) -> Application {
        Application(
            id: id, missionID: missionID, talentID: talentID, motivation: motivation, state: state,
            submittedAt: submittedAt, answeredAt: answeredAt, updatedAt: answeredAt ?? submittedAt)
    }
}

extension CodedReason {
    /// A reason known to be valid.
    static func make(_ code: ReasonCode = .profileDoesNotFit, text: String? = nil) -> CodedReason {
        do { return try CodedReason(code, text: text) } catch { preconditionFailure("bad fixture reason") }
    }
}

extension NewAdministration {
    static func make(
        name: String = "Direction interministérielle du numérique",
        acronym: String = "DINUM",
        level: AdministrationLevel = .directorate,
        publicService: PublicService = .state,
        parentID: AdministrationID? = 1
    ) -> NewAdministration {
        NewAdministration(name: name, acronym: acronym, level: level, publicService: publicService, parentID: parentID)
    }
}

extension Administration {
    static func make(
        id: AdministrationID = 1,
        name: String = "Services du Premier ministre",
        acronym: String = "SPM",
        level: AdministrationLevel = .ministry,
        publicService: PublicService = .state,
        parentID: AdministrationID? = nil
    ) -> Administration {
        Administration(
            id: id, name: name, acronym: acronym, level: level, publicService: publicService,
            parentID: parentID)
    }
}

/// A string of `count` letters.
func text(_ count: Int) -> String {
    String(repeating: "a", count: count)
}
