import Domain
import Testing

@Suite("Talent")
struct TalentTests {
    @Test("a valid profile is normalised")
    func validProfile() throws {
        let profile = try TalentProfile.make(
            lineManager: LineManager(name: "  Claire Dubois ", email: email("claire@gouv.fr")),
            presentation: "\n Pentesteur. \n"
        ).validated()
        #expect(profile.lineManager.name == "Claire Dubois")
        #expect(profile.presentation == "Pentesteur.")
        #expect(profile.level(of: "sec-audit") == .expert)
        #expect(profile.level(of: "data-bi") == nil)
    }

    @Test("hours per month 1…151", arguments: [(0, false), (1, true), (151, true), (152, false)])
    func hoursPerMonth(hours: Int, valid: Bool) {
        let profile = TalentProfile.make(availability: Availability(hoursPerMonth: hours))
        if valid {
            #expect(throws: Never.self) { try profile.validated() }
        } else {
            #expect(throws: TalentError.hoursPerMonthOutOfRange(hours)) { try profile.validated() }
        }
    }

    @Test("an availability period does not end before it starts")
    func availabilityPeriod() {
        let sameDay = Availability(hoursPerMonth: 4, from: day("2026-04-01"), until: day("2026-04-01"))
        #expect(throws: Never.self) { try TalentProfile.make(availability: sameDay).validated() }
        let openEnded = Availability(hoursPerMonth: 4, from: day("2026-04-01"))
        #expect(throws: Never.self) { try TalentProfile.make(availability: openEnded).validated() }
        let reversed = Availability(hoursPerMonth: 4, from: day("2026-04-02"), until: day("2026-04-01"))
        #expect(throws: TalentError.availabilityPeriodReversed(from: day("2026-04-02"), until: day("2026-04-01"))) {
            try TalentProfile.make(availability: reversed).validated()
        }
    }

    @Test("presentation at most 2000 characters", arguments: [(0, true), (2000, true), (2001, false)])
    func presentation(count: Int, valid: Bool) {
        let profile = TalentProfile.make(presentation: String(repeating: "é", count: count))
        if valid {
            #expect(throws: Never.self) { try profile.validated() }
        } else {
            #expect(throws: TalentError.presentationTooLong(count: count)) { try profile.validated() }
        }
    }

    @Test("line manager name 1…120", arguments: [(0, false), (1, true), (120, true), (121, false)])
    func lineManagerName(count: Int, valid: Bool) {
        let profile = TalentProfile.make(lineManager: LineManager(name: text(count), email: email("m@gouv.fr")))
        if valid {
            #expect(throws: Never.self) { try profile.validated() }
        } else {
            #expect(throws: TalentError.lineManagerNameLength(count: count)) { try profile.validated() }
        }
    }

    @Test("skills: at least one, known, each once")
    func skills() {
        #expect(throws: TalentError.noSkill) { try TalentProfile.make(skills: []).validated() }
        #expect(throws: TalentError.unknownSkill("dev-cobol", index: 1)) {
            try TalentProfile.make(skills: [TalentSkill("dev-java", .expert), TalentSkill("dev-cobol", .expert)])
                .validated()
        }
        #expect(throws: TalentError.duplicateSkill("dev-java", index: 2)) {
            try TalentProfile.make(skills: [
                TalentSkill("dev-java", .expert), TalentSkill("data-bi", .notions),
                TalentSkill("dev-java", .notions)
            ]).validated()
        }
    }

    @Test("a custom taxonomy decides which codes exist")
    func customTaxonomy() throws {
        let taxonomy = SkillTaxonomy([Skill(code: "dev-cobol", name: "COBOL", family: .development)])
        _ = try TalentProfile.make(skills: [TalentSkill("dev-cobol", .mastery)]).validated(taxonomy: taxonomy)
        #expect(throws: TalentError.unknownSkill("sec-audit", index: 0)) {
            try TalentProfile.make().validated(taxonomy: taxonomy)
        }
    }

    @Test("create validates and starts outside the pool; updates validate too")
    func createAndUpdate() throws {
        var talent = try Talent.create(id: 5, userID: 200, profile: .make(presentation: " Bonjour "))
        #expect(talent.profile.presentation == "Bonjour")
        #expect(!talent.isVisibleInPool)
        #expect(throws: TalentError.noSkill) { try talent.updateProfile(.make(skills: [])) }
        #expect(talent.profile.presentation == "Bonjour")
        try talent.updateProfile(.make(status: .contractAgent))
        #expect(talent.profile.status == .contractAgent)
        #expect(throws: TalentError.noSkill) { try Talent.create(id: 6, userID: 201, profile: .make(skills: [])) }
    }

    @Test("joining the pool needs explicit consent, recorded with its time")
    func joinPool() throws {
        var talent = Talent.make()
        #expect(throws: TalentError.poolConsentMissing) { try talent.joinPool(consent: false, at: referenceInstant) }
        #expect(!talent.isVisibleInPool)
        try talent.joinPool(consent: true, at: referenceInstant)
        #expect(talent.isVisibleInPool)
        #expect(talent.poolConsentAt == referenceInstant)
        #expect(throws: TalentError.alreadyInPool) {
            try talent.joinPool(consent: true, at: referenceInstant.adding(days: 1))
        }
        #expect(talent.poolConsentAt == referenceInstant)
    }

    @Test("leaving the pool hides the profile")
    func leavePool() throws {
        var talent = Talent.make(poolConsentAt: referenceInstant)
        try talent.leavePool()
        #expect(!talent.isVisibleInPool)
        #expect(talent.poolConsentAt == nil)
        #expect(throws: TalentError.notInPool) { try talent.leavePool() }
    }

    @Test("employment counts once a referent confirms it; another employer withdraws the confirmation")
    func employmentConfirmation() throws {
        var talent = Talent.make()
        #expect(talent.confirmedEmployerID == nil)
        #expect(throws: TalentError.employmentSelfConfirmed) {
            try talent.confirmEmployment(by: 200, at: referenceInstant)
        }
        try talent.confirmEmployment(by: 400, at: referenceInstant)
        #expect(talent.confirmedEmployerID == 20 && talent.employmentConfirmation?.confirmedBy == 400)
        #expect(throws: TalentError.employmentAlreadyConfirmed) {
            try talent.confirmEmployment(by: 400, at: referenceInstant)
        }
        var profile = talent.profile
        profile.presentation = "Autre présentation."
        #expect(try talent.updateProfile(profile) == [], "a presentation is not an audited change")
        #expect(talent.confirmedEmployerID == 20, "the same employer stays confirmed")
        profile.employerID = 30
        profile.lineManager.email = email("autre@interieur.gouv.fr")
        #expect(try talent.updateProfile(profile) == ["employerID", "lineManager.email"])
        #expect(talent.confirmedEmployerID == nil && talent.employmentConfirmation == nil)
    }

    @Test("statuses have French labels")
    func labels() {
        #expect(EmploymentStatus.allCases.map(\.label) == ["Fonctionnaire", "Contractuel"])
        #expect(EmploymentStatus.contractAgent.rawValue == "contract-agent")
    }
}
