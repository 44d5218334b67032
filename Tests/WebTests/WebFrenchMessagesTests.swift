import Domain
import HTTP
import Testing

@testable import Web

/// The French message catalogue: every case of every error enum has a sentence (a sample value
/// per case, and every action and state where a case carries one).
@Suite struct WebFrenchMessagesTests {
    private static let day = try! LocalDate(year: 2027, month: 1, day: 15)
    private static let later = try! LocalDate(year: 2027, month: 3, day: 1)
    private static let window = DateWindow(start: day, end: later)
    private static let now = Instant(utc: day, hour: 9)
    private static let reference = MissionOrderReference(acronym: "DINUM", year: 2027, sequence: 1)

    /// Checks one French sentence: not empty, lower case first, a full stop last.
    private func check(_ text: String, _ label: String) {
        #expect(!text.isEmpty, "\(label)")
        #expect(text.hasSuffix("."), "\(label): \(text)")
        #expect(text.first.map { !$0.isUppercase } ?? false, "\(label): \(text)")
    }

    @Test func missionErrors() {
        let samples: [MissionError] =
            [
                .titleLength(count: 0), .titleLength(count: 500), .descriptionLength(count: 0),
                .descriptionLength(count: 9000),
                .requiredSkillsCount(0), .unknownSkill(SkillCode("X"), index: 0),
                .duplicateSkill(SkillCode("X"), index: 1),
                .effortOutOfRange(hours: 0, maximum: 100), .windowReversed(start: Self.later, end: Self.day),
                .windowTooLong(end: Self.later, latestEnd: Self.day), .placeRequired, .talentsSoughtOutOfRange(0),
                .deadlineAfterWindow(deadline: Self.later, windowEnd: Self.day), .rejectionReasonLength(count: 0),
                .rejectionReasonLength(count: 9000), .deadlinePassed(deadline: Self.day, today: Self.later),
                .deadlineNotPassed(deadline: Self.later, today: Self.day)
            ]
            + MissionAction.allCases.flatMap { action in
                MissionState.allCases.map { MissionError.invalidTransition(action: action, from: $0) }
            }
        for error in samples {
            let message = FrenchMessages.mission(error)
            check(message.text, "\(error)")
            // A value refused goes on a field, a transition refused above the form.
            #expect((message.field == nil) == (error.kind == .conflict), "\(error)")
        }
        #expect(FrenchMessages.mission(.unknownSkill(SkillCode("X"), index: 2)).field == "competence-3")
    }

    @Test func applicationErrors() {
        let samples: [ApplicationError] =
            [
                .motivationLength(count: 0), .motivationLength(count: 9000),
                .deadlinePassed(deadline: Self.day, today: Self.later),
                .ownMission, .alreadyApplied(ApplicationID(1)),
                .interviewNotInFuture(interviewAt: Self.now, now: Self.now),
                .interviewMeansLength(count: 0), .reasonTextRequired, .reasonTextTooLong(count: 900),
                .agreementInProgress(AgreementID(1)), .reopeningReasonLength(count: 0), .talentProfileRequired
            ] + MissionState.allCases.map { .missionNotPublished($0) }
            + ApplicationAction.allCases.flatMap { action in
                ApplicationStatus.allCases.map { ApplicationError.invalidTransition(action: action, from: $0) }
            }
        for error in samples { check(FrenchMessages.application(error), "\(error)") }
    }

    @Test func engagementErrors() {
        let agreement: [AgreementError] =
            [
                .textLength(field: "objectives", count: 0), .textLength(field: "deliverables", count: 0),
                .conditionsTooLong(count: 9000), .hoursBudgetOutOfRange(0), .datesReversed(Self.window),
                .datesOutsideMissionWindow(Self.window, window: Self.window), .reasonLength(count: 0),
                .alreadyExists(AgreementID(1)),
                .partiesUnchanged
            ] + ApplicationStatus.allCases.map { .applicationNotAccepted($0) }
            + AgreementParty.allCases.map { .alreadySigned($0) }
            + AgreementAction.allCases.map { .missionOrderRequired($0) }
            + AgreementAction.allCases.flatMap { action in
                AgreementStatus.allCases.map { AgreementError.invalidTransition(action: action, from: $0) }
            }
        let parties: [AgreementPartyError] = [
            .employmentUnconfirmed(AdministrationID(1)), .lineManagerWithoutAccount, .lineManagerWithoutRole,
            .lineManagerOutsideEmployer(AdministrationID(1)), .lineManagerIsTalent, .lineManagerIsOwner, .ownerIsTalent
        ]
        let orders: [MissionOrderError] = [
            .datesReversed(Self.window), .datesOutsideAgreement(Self.window, agreement: Self.window),
            .alreadyInForce(Self.reference), .alreadyCancelled(Self.reference), .reasonLength(count: 0)
        ]
        let reports: [TimeReportError] =
            [
                .dateOutsideAgreement(Self.day, agreement: Self.window), .dateInFuture(Self.later, today: Self.day),
                .minutesOutOfRange(0), .dayExceeded(Self.day, reportedMinutes: 1400, minutes: 60),
                .textLength(field: "note", count: 0), .textLength(field: "rejection", count: 0),
                .budgetExceeded(budgetMinutes: 600, validatedMinutes: 590, reportMinutes: 60)
            ] + TimeReportStatus.allCases.map { .alreadyDecided($0) }
        let feedback: [FeedbackError] =
            [.ratingOutOfRange(0), .commentLength(count: 0)]
            + FeedbackSide.allCases.map { .alreadyGiven($0) }
        let messages =
            agreement.map(FrenchMessages.agreement) + parties.map(FrenchMessages.agreementParty)
            + orders.map(FrenchMessages.missionOrder) + reports.map(FrenchMessages.timeReport)
            + feedback.map(FrenchMessages.feedback)
        for message in messages {
            check(message.text, "\(message.field ?? "page")")
            // A value refused is 422, a state 409.
            #expect([422, 409].contains(message.status.code), "\(message.text)")
        }
    }

    @Test func talentErrors() {
        let samples: [TalentError] = [
            .lineManagerNameLength(count: 0), .noSkill, .unknownSkill(SkillCode("X"), index: 0),
            .duplicateSkill(SkillCode("X"), index: 1), .hoursPerMonthOutOfRange(0),
            .availabilityPeriodReversed(from: Self.later, until: Self.day), .presentationTooLong(count: 9000),
            .poolConsentMissing, .alreadyInPool, .notInPool, .profileExists(TalentID(1)), .employmentSelfConfirmed,
            .employmentAlreadyConfirmed
        ]
        for error in samples {
            let message = FrenchMessages.talent(error)
            check(message.text, "\(error)")
            #expect(!message.field.isEmpty, "\(error)")
        }
    }

    @Test func visMonJobErrors() throws {
        let departement = try Departement("75")
        let samples: [VisMonJobError] =
            [
                .editionNameLength(count: 0), .registrationWindowReversed, .registrationClosesAfterEvent,
                .dateChangeWindowOutOfRange(0), .registrationClosed, .capacityOutOfRange(0),
                .textLength(field: "school", maximum: 120), .textLength(field: "city", maximum: 80),
                .textLength(field: "description", maximum: 1000), .textLength(field: "comment", maximum: 2000),
                .textLength(field: "other", maximum: 10), .ambassadorExists, .talentProfileRequired, .noWish,
                .duplicateWish(JobFamily.allCases[0], index: 1), .noDepartement,
                .duplicateDepartement(departement, index: 1),
                .tooManyDepartements(11), .duplicateAdministration(AdministrationID(1), index: 1),
                .tooManyAdministrations(6),
                .studentEmailTaken, .pairingNotRun, .ambassadorFull(AmbassadorID(1)),
                .dateOutsideWindow(earliest: Self.day, latest: Self.later), .noDateProposal, .ownDateProposal,
                .dayNotReached(Self.later), .feedbackExists, .ratingOutOfRange(0), .pairDone, .slotNotBeforeEvent,
                .slotPast,
                .slotCapacityOutOfRange(0), .slotFull, .coachingAlreadyBooked
            ]
            + EditionState.allCases.flatMap { required in
                EditionState.allCases.map {
                    VisMonJobError.editionState(action: "register", required: required, actual: $0)
                }
            }
        for error in samples { check(FrenchMessages.visMonJob(error), "\(error)") }
    }

    @Test func valueErrors() {
        for field in ["window.end", "availability.from", "availability.until", "eventDay"] {
            check(FrenchMessages.dateHorizon(.beyondHorizon(field: field, date: Self.later, latest: Self.day)), field)
        }
        let (title, text) = FrenchMessages.textInput(.controlCharacter(field: "titre", scalar: 0))
        #expect(!title.isEmpty)
        // The error page's sentence stands alone: upper case first, a full stop last.
        #expect(text.hasPrefix("Le champ « titre »") && text.hasSuffix("."))
    }
}
