import Domain
import Testing

@Suite struct AgreementTests {
    private let later = referenceInstant.adding(days: 1)

    @Test func isDrawnUpFromAnAcceptedApplicationOnly() throws {
        for state in [ApplicationState.submitted, .declined(.make()), .withdrawn(.make())] {
            #expect(throws: AgreementError.applicationNotAccepted(state.status)) {
                try Agreement.create(
                    id: 1, application: .make(state: state), mission: .make(), parties: .make(),
                    terms: .make(), at: referenceInstant)
            }
        }
        let agreement = Agreement.make()
        #expect(agreement.status == .awaitingSignatures && agreement.talentID == 5 && agreement.missionID == 1)
        #expect(agreement.awaitingSignatures == [.talent, .lineManager, .owner])
    }

    @Test func termsAreValidatedAgainstTheMissionWindow() throws {
        let window = Mission.make().details.window
        let cases: [(AgreementTerms, AgreementError)] = [
            (.make(objectives: "  "), .textLength(field: "objectives", count: 0)),
            (.make(deliverables: ""), .textLength(field: "deliverables", count: 0)),
            (.make(hoursBudget: 0), .hoursBudgetOutOfRange(0)),
            (.make(hoursBudget: 1001), .hoursBudgetOutOfRange(1001)),
            (.make(conditions: String(repeating: "x", count: 5001)), .conditionsTooLong(count: 5001)),
            (
                .make(dates: DateWindow(start: day("2026-05-01"), end: day("2026-04-30"))),
                .datesReversed(DateWindow(start: day("2026-05-01"), end: day("2026-04-30")))
            ),
            (
                .make(dates: DateWindow(start: day("2026-03-31"), end: day("2026-04-30"))),
                .datesOutsideMissionWindow(DateWindow(start: day("2026-03-31"), end: day("2026-04-30")), window: window)
            ),
            (
                .make(dates: DateWindow(start: day("2026-04-01"), end: day("2026-07-01"))),
                .datesOutsideMissionWindow(DateWindow(start: day("2026-04-01"), end: day("2026-07-01")), window: window)
            )
        ]
        for (terms, error) in cases {
            #expect(throws: error) { try terms.validated(within: window) }
        }
        let trimmed = try AgreementTerms.make(objectives: "  Auditer  ", conditions: "").validated(within: window)
        #expect(trimmed.objectives == "Auditer" && trimmed.budgetMinutes == 600)
        #expect(try AgreementTerms.make(dates: window).validated(within: window).dates == window, "bounds included")
    }

    @Test func everyBrokenRuleIsListedForAFormToShowThemAllAtOnce() throws {
        let window = Mission.make().details.window
        let dates = DateWindow(start: day("2026-05-01"), end: day("2026-04-30"))
        let terms = AgreementTerms.make(objectives: " ", hoursBudget: 0, dates: dates)
        #expect(
            terms.problems(within: window) == [
                .textLength(field: "objectives", count: 0), .hoursBudgetOutOfRange(0),
                .datesReversed(dates)
            ])
        #expect(throws: AgreementError.textLength(field: "objectives", count: 0)) {
            try terms.validated(within: window)
        }
        #expect(AgreementTerms.make().problems(within: window).isEmpty)
    }

    @Test func isSignedWhenAllThreeHaveSigned() throws {
        var agreement = Agreement.make()
        try agreement.sign(as: .lineManager, at: later)
        #expect(agreement.lineManagerSignedAt == later && agreement.awaitingSignatures == [.talent, .owner])
        #expect(throws: AgreementError.alreadySigned(.lineManager)) { try agreement.sign(as: .lineManager, at: later) }
        try agreement.sign(as: .owner, at: later)
        #expect(agreement.status == .awaitingSignatures && agreement.signedAt == nil)
        try agreement.sign(as: .talent, at: later.adding(hours: 1))
        #expect(agreement.status == .signed && agreement.signedAt == later.adding(hours: 1))
        #expect(agreement.awaitingSignatures.isEmpty)
        #expect(throws: AgreementError.invalidTransition(action: .sign, from: .signed)) {
            try agreement.sign(as: .talent, at: later)
        }
    }

    @Test func changingTheTermsClearsTheSignatures() throws {
        var agreement = Agreement.make(signedBy: [.talent, .owner])
        let window = Mission.make().details.window
        try agreement.editTerms(.make(hoursBudget: 12), within: window, at: later)
        #expect(agreement.terms.hoursBudget == 12 && agreement.updatedAt == later)
        #expect(AgreementParty.allCases.allSatisfy { agreement.signature(of: $0) == nil })
        #expect(throws: AgreementError.hoursBudgetOutOfRange(0)) {
            try agreement.editTerms(.make(hoursBudget: 0), within: window, at: later)
        }
        #expect(agreement.terms.hoursBudget == 12, "a refused edit changes nothing")
        let patched = AgreementTermsPatch(workMode: .remote).applied(to: agreement.terms)
        #expect(
            patched.workMode == .remote && patched.hoursBudget == 12 && patched.objectives == agreement.terms.objectives
        )
        var signed = Agreement.make(signedBy: AgreementParty.allCases)
        #expect(throws: AgreementError.invalidTransition(action: .editTerms, from: .signed)) {
            try signed.editTerms(.make(), within: window, at: later)
        }
    }

    @Test func theLineManagerRefusalEndsTheAgreement() throws {
        var agreement = Agreement.make(signedBy: [.talent])
        #expect(throws: AgreementError.reasonLength(count: 0)) { try agreement.refuse(reason: " ", at: later) }
        try agreement.refuse(reason: " Nécessités de service ", at: later)
        #expect(agreement.status == .refused && agreement.endReason == "Nécessités de service")
        #expect(agreement.endedBy == .lineManager && agreement.endedAt == later && agreement.status.isEnded)
        #expect(agreement.awaitingSignatures.isEmpty)
        #expect(throws: AgreementError.invalidTransition(action: .sign, from: .refused)) {
            try agreement.sign(as: .owner, at: later)
        }
    }

    @Test func completionNeedsASignedAgreementAndAMissionOrder() throws {
        var awaiting = Agreement.make()
        #expect(throws: AgreementError.invalidTransition(action: .complete, from: .awaitingSignatures)) {
            try awaiting.complete(missionOrderInForce: true, at: later)
        }
        var agreement = Agreement.make(signedBy: AgreementParty.allCases)
        #expect(throws: AgreementError.missionOrderRequired(.complete)) {
            try agreement.complete(missionOrderInForce: false, at: later)
        }
        try agreement.complete(missionOrderInForce: true, at: later)
        #expect(agreement.status == .completed && agreement.endedBy == .owner && agreement.endReason == nil)
        #expect(throws: AgreementError.invalidTransition(action: .interrupt, from: .completed)) {
            try agreement.interrupt(reason: "x", by: .talent, at: later)
        }
    }

    @Test func anyPartyInterruptsAnEngagementWithAReasonBeforeOrAfterTheSignatures() throws {
        var agreement = Agreement.make(signedBy: AgreementParty.allCases)
        #expect(throws: AgreementError.reasonLength(count: 2001)) {
            try agreement.interrupt(reason: String(repeating: "x", count: 2001), by: .talent, at: later)
        }
        try agreement.interrupt(reason: "Départ de l'agent", by: .operator, at: later)
        #expect(agreement.status == .interrupted && agreement.endedBy == .operator)
        var awaiting = Agreement.make()
        try awaiting.interrupt(reason: "Je ne suis plus disponible", by: .talent, at: later)
        #expect(awaiting.status == .interrupted && awaiting.endedBy == .talent)
        #expect(throws: AgreementError.invalidTransition(action: .sign, from: .interrupted)) {
            try awaiting.sign(as: .owner, at: later)
        }
    }

    @Test func accessIsDecidedFromTheFixedPartiesOneSideEach() {
        let access = AgreementAccess(parties: .make(), employerLineage: [20, 2])
        func user(_ id: UserID, _ mail: String, _ roles: Set<Role>, _ administration: AdministrationID? = nil) -> User {
            User(id: id, displayName: "X", email: email(mail), roles: roles, administrationID: administration)
        }
        #expect(
            access.parties(of: user(200, "a@b.fr", [.talent, .lineManager])) == [.talent],
            "the talent's account is the talent, whatever roles it holds")
        #expect(access.parties(of: user(300, "claire.dubois@interieur.gouv.fr", [.lineManager])) == [.lineManager])
        #expect(
            access.parties(of: user(300, "claire.dubois@interieur.gouv.fr", [.talent])) == [],
            "a line manager who lost the role no longer signs")
        #expect(
            access.parties(of: user(301, "claire.dubois@interieur.gouv.fr", [.lineManager])) == [],
            "the address alone makes nobody a party")
        #expect(access.parties(of: user(100, "o@b.fr", [.missionOwner])) == [.owner])
        #expect(access.isReferent(user(400, "r@b.fr", [.referent], 2)), "a referent of an ancestor")
        #expect(!access.isReferent(user(400, "r@b.fr", [.referent], 3)))
        #expect(!access.isReferent(user(400, "r@b.fr", [.talent], 20)))
        #expect(access.canRead(user(500, "op@b.fr", [.operator])))
        #expect(!access.canRead(user(600, "t@b.fr", [.talent, .missionOwner])))
    }

    @Test func partiesAreResolvedFromAConfirmedEmploymentAndAnEligibleLineManager() throws {
        let mission = Mission.make()
        func user(_ id: UserID, _ roles: Set<Role>, _ administration: AdministrationID? = 20) -> User {
            User(
                id: id, displayName: "X", email: email("u\(id.rawValue)@b.fr"), roles: roles,
                administrationID: administration)
        }
        var talent = Talent.make()
        let talentUser = user(200, [.talent, .lineManager])
        let manager = user(300, [.lineManager])
        let lineage: [AdministrationID] = [20, 2]
        #expect(throws: AgreementPartyError.employmentUnconfirmed(20)) {
            try AgreementParties.resolve(
                talent: talent, talentUser: talentUser, lineManager: manager, mission: mission,
                employerLineage: lineage)
        }
        try talent.confirmEmployment(by: 400, at: referenceInstant)
        let cases: [(User?, AgreementPartyError)] = [
            (nil, .lineManagerWithoutAccount),
            (talentUser, .lineManagerIsTalent),
            (user(100, [.lineManager, .missionOwner]), .lineManagerIsOwner),
            (user(301, [.talent]), .lineManagerWithoutRole),
            (user(302, [.lineManager], 3), .lineManagerOutsideEmployer(20)),
            (user(303, [.lineManager], nil), .lineManagerOutsideEmployer(20))
        ]
        for (candidate, error) in cases {
            #expect(throws: error) {
                try AgreementParties.resolve(
                    talent: talent, talentUser: talentUser, lineManager: candidate,
                    mission: mission, employerLineage: lineage)
            }
        }
        #expect(throws: AgreementPartyError.ownerIsTalent) {
            try AgreementParties.resolve(
                talent: talent, talentUser: talentUser, lineManager: manager,
                mission: .make(ownerID: 200), employerLineage: lineage)
        }
        let parties = try AgreementParties.resolve(
            talent: talent, talentUser: talentUser, lineManager: manager,
            mission: mission, employerLineage: lineage)
        #expect(parties == .make())
        let ministryManager = try AgreementParties.resolve(
            talent: talent, talentUser: talentUser,
            lineManager: user(304, [.lineManager], 2),
            mission: mission, employerLineage: lineage)
        #expect(ministryManager.lineManagerID == 304, "a line manager of the ministry above the employer")
    }

    @Test func partiesChangeOnlyBeforeTheSignaturesAndClearThem() throws {
        var agreement = Agreement.make(signedBy: [.talent, .owner])
        #expect(throws: AgreementError.partiesUnchanged) { try agreement.changeParties(.make(), at: later) }
        let changed = try agreement.changeParties(.make(lineManagerID: 301), at: later)
        #expect(changed == ["lineManagerID"] && agreement.parties.lineManagerID == 301)
        #expect(agreement.awaitingSignatures == AgreementParty.allCases, "signatures cleared")
        var signed = Agreement.make(signedBy: AgreementParty.allCases)
        #expect(throws: AgreementError.invalidTransition(action: .changeParties, from: .signed)) {
            try signed.changeParties(.make(lineManagerID: 301), at: later)
        }
    }
}
