import Domain
import Testing

/// One instance of every error case, with the code, field and kind it must report.
/// Codes are a public contract (problem+json `type`): changing one here is a breaking change.
private let catalogue: [(error: any DomainError, code: String, field: String?, kind: DomainErrorKind)] = [
    (
        ValueError.invalidDate(field: "window.start", year: 2026, month: 2, day: 30), "invalid-date", "window.start",
        .invalidValue
    ),
    (ValueError.malformedDate(field: "until", text: "x"), "malformed-date", "until", .invalidValue),
    (ValueError.malformedInstant(field: "interview.at", text: "x"), "malformed-instant", "interview.at", .invalidValue),
    (ValueError.invalidEmail(field: "email", text: "x"), "invalid-email", "email", .invalidValue),
    (
        ValueError.invalidDepartement(field: "departement", text: "20"), "invalid-departement", "departement",
        .invalidValue
    ),
    (
        ValueError.invalidSkillLevel(field: "skills[0].level", value: 5), "invalid-skill-level", "skills[0].level",
        .invalidValue
    ),

    (AdministrationError.nameLength(count: 0), "administration-name-length", "name", .invalidValue),
    (AdministrationError.invalidAcronym("D"), "administration-acronym-format", "acronym", .invalidValue),
    (AdministrationError.acronymTaken("DINUM"), "administration-acronym-taken", "acronym", .conflict),
    (
        AdministrationError.publicServiceNotEnabled(.hospital), "administration-public-service-not-enabled",
        "publicService", .invalidValue
    ),
    (AdministrationError.ministryWithParent, "administration-ministry-has-parent", "parentID", .invalidValue),
    (AdministrationError.parentRequired(.service), "administration-parent-required", "parentID", .invalidValue),
    (AdministrationError.parentNotFound(4), "administration-parent-not-found", "parentID", .invalidValue),
    (
        AdministrationError.parentPublicServiceMismatch(parent: .state, child: .territorial),
        "administration-parent-public-service", "parentID", .invalidValue
    ),
    (
        AdministrationError.parentLevelNotAbove(parent: .service, child: .directorate), "administration-parent-level",
        "parentID", .invalidValue
    ),

    (UserError.displayNameLength(count: 0), "user-display-name-length", "displayName", .invalidValue),
    (UserError.noRole, "user-roles-empty", "roles", .invalidValue),
    (UserError.emailTaken, "user-email-taken", "email", .conflict),
    (UserError.administrationRequired(.referent), "user-administration-required", "administrationID", .invalidValue),
    (SignUpError.domainNotAllowed, "sign-up-domain-not-allowed", "email", .invalidValue),

    (TalentError.lineManagerNameLength(count: 0), "talent-line-manager-name-length", "lineManager.name", .invalidValue),
    (TalentError.noSkill, "talent-skills-empty", "skills", .invalidValue),
    (TalentError.profileExists(3), "talent-profile-exists", nil, .conflict),
    (NotFoundError("mission", id: MissionID(7)), "mission-not-found", nil, .notFound),
    (TalentError.unknownSkill("x", index: 2), "talent-skill-unknown", "skills[2].code", .invalidValue),
    (TalentError.duplicateSkill("x", index: 1), "talent-skill-duplicate", "skills[1].code", .invalidValue),
    (TalentError.hoursPerMonthOutOfRange(0), "talent-hours-per-month", "availability.hoursPerMonth", .invalidValue),
    (
        TalentError.availabilityPeriodReversed(from: day("2026-02-02"), until: day("2026-02-01")),
        "talent-availability-reversed", "availability.until", .invalidValue
    ),
    (TalentError.presentationTooLong(count: 2001), "talent-presentation-too-long", "presentation", .invalidValue),
    (TalentError.poolConsentMissing, "talent-pool-consent-required", "consent", .invalidValue),
    (TalentError.alreadyInPool, "talent-already-in-pool", nil, .conflict),
    (TalentError.notInPool, "talent-not-in-pool", nil, .conflict),

    (MissionError.titleLength(count: 0), "mission-title-length", "title", .invalidValue),
    (MissionError.descriptionLength(count: 0), "mission-description-length", "description", .invalidValue),
    (MissionError.requiredSkillsCount(11), "mission-required-skills-count", "requiredSkills", .invalidValue),
    (MissionError.unknownSkill("x", index: 0), "mission-skill-unknown", "requiredSkills[0].code", .invalidValue),
    (MissionError.duplicateSkill("x", index: 3), "mission-skill-duplicate", "requiredSkills[3].code", .invalidValue),
    (
        MissionError.effortOutOfRange(hours: 106, maximum: 105), "mission-effort-out-of-range", "effortHours",
        .invalidValue
    ),
    (
        MissionError.windowReversed(start: day("2026-02-02"), end: day("2026-02-01")), "mission-window-reversed",
        "window.end", .invalidValue
    ),
    (
        MissionError.windowTooLong(end: day("2027-02-02"), latestEnd: day("2027-02-01")), "mission-window-too-long",
        "window.end", .invalidValue
    ),
    (MissionError.placeRequired, "mission-place-required", "departement", .invalidValue),
    (MissionError.talentsSoughtOutOfRange(0), "mission-talents-sought-out-of-range", "talentsSought", .invalidValue),
    (
        MissionError.deadlineAfterWindow(deadline: day("2026-07-01"), windowEnd: day("2026-06-30")),
        "mission-deadline-after-window", "applicationDeadline", .invalidValue
    ),
    (MissionError.rejectionReasonLength(count: 0), "mission-rejection-reason-length", "reason", .invalidValue),
    (
        MissionError.deadlinePassed(deadline: day("2026-03-20"), today: day("2026-03-21")), "mission-deadline-passed",
        nil, .conflict
    ),
    (
        MissionError.deadlineNotPassed(deadline: day("2026-03-20"), today: day("2026-03-20")),
        "mission-deadline-not-passed", nil, .conflict
    ),
    (MissionError.invalidTransition(action: .publish, from: .draft), "mission-invalid-transition", nil, .conflict),

    (ApplicationError.motivationLength(count: 0), "application-motivation-length", "motivation", .invalidValue),
    (ApplicationError.missionNotPublished(.draft), "application-mission-not-published", nil, .conflict),
    (
        ApplicationError.deadlinePassed(deadline: day("2026-03-20"), today: day("2026-03-21")),
        "application-deadline-passed", nil, .conflict
    ),
    (ApplicationError.ownMission, "application-own-mission", nil, .conflict),
    (ApplicationError.alreadyApplied(3), "application-already-applied", nil, .conflict),
    (
        ApplicationError.interviewNotInFuture(interviewAt: referenceInstant, now: referenceInstant),
        "application-interview-not-in-future", "interview.at", .invalidValue
    ),
    (
        ApplicationError.interviewMeansLength(count: 0), "application-interview-means-length", "interview.means",
        .invalidValue
    ),
    (ApplicationError.reasonTextRequired, "application-reason-text-required", "reason.text", .invalidValue),
    (ApplicationError.reasonTextTooLong(count: 1001), "application-reason-text-too-long", "reason.text", .invalidValue),
    (
        ApplicationError.invalidTransition(action: .accept, from: .declined), "application-invalid-transition", nil,
        .conflict
    ),
    (ApplicationError.reopeningReasonLength(count: 0), "application-reopening-reason-length", "reason", .invalidValue),
    (ApplicationError.talentProfileRequired, "application-talent-profile-required", nil, .conflict),
    (ApplicationAccessError.missionOwnerOnly(.accept), "application-mission-owner-only", nil, .forbidden),
    (ApplicationAccessError.applicantOnly(.withdraw), "application-applicant-only", nil, .forbidden),
    (
        ApplicationSearchError.repeatedParameter("mission"), "application-search-parameter-repeated", "mission",
        .invalidValue
    ),
    (
        ApplicationSearchError.notAnIdentifier(parameter: "mission", text: "x"), "application-search-not-an-identifier",
        "mission", .invalidValue
    ),
    (
        ApplicationSearchError.notABoolean(parameter: "overdue", text: "yes"), "application-search-not-a-boolean",
        "overdue", .invalidValue
    ),
    (ApplicationSearchError.limitOutOfRange("0"), "application-search-limit-out-of-range", "limit", .invalidValue),
    (ApplicationSearchError.malformedCursor, "application-search-cursor-malformed", "cursor", .invalidValue),
    (MissionAccessError.employmentNotConfirmed, "mission-employment-not-confirmed", nil, .forbidden),
    (MissionOwnershipError.otherAdministration(5), "mission-owner-other-administration", "userID", .invalidValue),
    (MissionOwnershipError.alreadyOwner(5), "mission-owner-already", "userID", .conflict),
    (MissionOwnershipError.notCoOwner(5), "mission-owner-not-co-owner", "userID", .conflict),
    (MissionOwnershipError.deactivated(5), "mission-owner-deactivated", "userID", .invalidValue),
    (MissionOwnershipError.closed(7), "mission-owner-mission-closed", nil, .conflict)
]

@Suite("Domain errors")
struct DomainErrorTests {
    @Test("every error reports its code, field and kind", arguments: catalogue.indices)
    func catalogueEntry(index: Int) {
        let entry = catalogue[index]
        #expect(entry.error.code == entry.code)
        #expect(entry.error.field == entry.field)
        #expect(entry.error.kind == entry.kind)
        #expect(entry.error.message.hasSuffix("."))
        #expect(entry.error.description == entry.error.message)
    }

    @Test("codes are unique kebab-case identifiers")
    func codes() {
        let codes = catalogue.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { SkillCode($0).isWellFormed })
    }

    @Test("messages quote the values that broke the rule")
    func messages() {
        #expect(
            MissionError.windowTooLong(end: day("2027-01-16"), latestEnd: day("2027-01-15")).message
                == "A mission window may last at most 12 months: it must end by 2027-01-15, not 2027-01-16.")
        #expect(
            MissionError.effortOutOfRange(hours: 106, maximum: 105).message
                == "The effort must be 1 to 105 hours, not 106.")
        #expect(
            ApplicationError.interviewNotInFuture(interviewAt: referenceInstant, now: referenceInstant).message
                == "An interview must be proposed for a later time than now (2026-03-02T09:00:00.000Z), not 2026-03-02T09:00:00.000Z."
        )
    }
}
