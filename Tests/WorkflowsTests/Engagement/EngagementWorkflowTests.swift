import Domain
import Persistence
import Testing
import Workflows

@Suite struct EngagementWorkflowTests {
    @Test func anAgreementIsDrawnUpByTheMissionOwnerOrTheOperatorOnly() throws {
        try EngagementWorld.with { world in
            let terms = EngagementWorld.terms()
            #expect(throws: AccessError.roleRequired(action: "draw up an agreement", roles: [.missionOwner, .operator]))
            {
                try world.workflows.createAgreement(
                    from: world.applications[0], terms: terms, by: world.caller("talent0"))
            }
            #expect(throws: NotFoundError("application", id: world.applications[0])) {
                try world.workflows.createAgreement(
                    from: world.applications[0], terms: terms,
                    by: world.caller("otherOwner"))
            }
            #expect(try world.count("agreements") == 0)
            let view = try world.workflows.createAgreement(
                from: world.applications[0], terms: terms,
                by: world.caller("owner"))
            #expect(view.revision == 1 && view.callerParties == [.owner] && view.callerMustSign)
            #expect(throws: AgreementError.alreadyExists(view.agreement.id)) {
                try world.workflows.createAgreement(
                    from: world.applications[0], terms: terms, by: world.caller("operator"))
            }
            #expect(
                try world.workflows.createAgreement(from: world.applications[1], terms: terms, by: .commandLine)
                    .callerParties == [])
            #expect(try world.actions("agreement") == ["agreement.created", "agreement.created"])
        }
    }

    @Test func onlyThePartiesReferentsAndOperatorsSeeAnAgreement() throws {
        try EngagementWorld.with { world in
            let id = try world.signedAgreement().agreement.id
            for name in ["talent0", "manager", "owner", "referent", "ministryReferent", "operator"] {
                #expect(try world.workflows.agreement(id, by: world.caller(name)).agreement.id == id, "\(name)")
            }
            for name in ["outsider", "otherOwner", "strangerReferent", "talent1"] {
                #expect(throws: NotFoundError("agreement", id: id), "\(name)") {
                    try world.workflows.agreement(id, by: world.caller(name))
                }
            }
            #expect(try world.workflows.agreements(by: world.caller("manager")).map(\.agreement.id) == [id])
            #expect(try world.workflows.agreements(by: world.caller("talent1")).isEmpty)
        }
    }

    @Test func theSignaturesFollowTheCallersSideAndEditsClearThem() throws {
        try EngagementWorld.with { world in
            let created = try world.workflows.createAgreement(
                from: world.applications[0], terms: EngagementWorld.terms(),
                by: world.caller("owner"))
            let id = created.agreement.id
            #expect(throws: AgreementAccessError.notParty(action: "sign", parties: AgreementParty.allCases)) {
                try world.workflows.signAgreement(id, expectedRevision: 1, by: world.caller("referent"))
            }
            let signed = try world.workflows.signAgreement(id, expectedRevision: 1, by: world.caller("manager"))
            #expect(signed.agreement.lineManagerSignedAt == EngagementWorld.now && signed.revision == 2)
            #expect(!signed.callerMustSign)
            let stale = #expect(throws: StaleRevisionError.self) {
                try world.workflows.editAgreementTerms(
                    id, AgreementTermsPatch(hoursBudget: 4), expectedRevision: 1,
                    by: world.caller("owner"))
            }
            #expect(stale?.current == 2)
            #expect(throws: AgreementAccessError.notParty(action: "edit the terms", parties: [.owner])) {
                try world.workflows.editAgreementTerms(
                    id, AgreementTermsPatch(hoursBudget: 4), expectedRevision: 2,
                    by: world.caller("talent0"))
            }
            let edited = try world.workflows.editAgreementTerms(
                id, AgreementTermsPatch(hoursBudget: 4),
                expectedRevision: 2, by: world.caller("owner"))
            #expect(edited.agreement.terms.hoursBudget == 4 && edited.agreement.lineManagerSignedAt == nil)
            #expect(
                try world.actions("agreement") == ["agreement.created", "agreement.signed", "agreement.terms-edited"])
        }
    }

    @Test func aReferentOfTheEmployerOrAboveIssuesInTheNameOfTheirAdministration() throws {
        try EngagementWorld.with { world in
            let first = try world.signedAgreement(0).agreement.id
            let second = try world.signedAgreement(1).agreement.id
            #expect(throws: AgreementAccessError.notReferent(action: "issue a mission order")) {
                try world.workflows.issueMissionOrder(
                    for: first, dates: EngagementWorld.dates, by: world.caller("operator"))
            }
            #expect(throws: NotFoundError("agreement", id: first)) {
                try world.workflows.issueMissionOrder(
                    for: first, dates: EngagementWorld.dates,
                    by: world.caller("strangerReferent"))
            }
            let byMinistry = try world.workflows.issueMissionOrder(
                for: first, dates: EngagementWorld.dates,
                by: world.caller("ministryReferent"))
            #expect(byMinistry.value.reference.description == "OM-MININT-2026-0001")
            let byCommandLine = try world.workflows.issueMissionOrder(
                for: second, dates: EngagementWorld.dates,
                by: .commandLine)
            #expect(byCommandLine.value.reference.description == "OM-DNUM-2026-0001", "the employer's own numbering")
            #expect(byCommandLine.value.issuedBy == nil)
            #expect(throws: MissionOrderError.alreadyInForce(byMinistry.value.reference)) {
                try world.workflows.issueMissionOrder(
                    for: first, dates: EngagementWorld.dates, by: world.caller("referent"))
            }
            // Cancelled, the order keeps its number; the next one of the year follows it, the next year restarts.
            _ = try world.workflows.cancelMissionOrder(
                byCommandLine.value.id, reason: "Erreur", expectedRevision: 1,
                by: world.caller("operator"))
            world.clock.advance(days: 300)
            let nextYear = try world.workflows.issueMissionOrder(
                for: second, dates: EngagementWorld.dates,
                by: world.caller("referent"))
            #expect(nextYear.value.reference.description == "OM-DNUM-2027-0001")
            #expect(
                try world.workflows.missionOrders(by: .commandLine).map(\.reference.description)
                    == ["OM-MININT-2026-0001", "OM-DNUM-2026-0001", "OM-DNUM-2027-0001"])
        }
    }

    @Test func timeIsReportedByTheTalentAndDecidedByTheOwnerWithinTheBudget() throws {
        try EngagementWorld.with { world in
            let id = try world.signedAgreement(hoursBudget: 1).agreement.id
            let new = NewTimeReport(date: EngagementWorld.date("2026-03-09"), minutes: 45, note: "Revue")
            #expect(throws: AgreementError.missionOrderRequired(.reportTime)) {
                try world.workflows.reportTime(new, on: id, by: world.caller("talent0"))
            }
            _ = try world.workflows.issueMissionOrder(
                for: id, dates: EngagementWorld.dates, by: world.caller("referent"))
            #expect(throws: AgreementAccessError.notParty(action: "report time", parties: [.talent])) {
                try world.workflows.reportTime(new, on: id, by: world.caller("owner"))
            }
            let first = try world.workflows.reportTime(new, on: id, by: world.caller("talent0"))
            let second = try world.workflows.reportTime(new, on: id, by: world.caller("talent0"))
            #expect(throws: AgreementAccessError.notParty(action: "validate or reject time", parties: [.owner])) {
                try world.workflows.validateTimeReport(first.value.id, expectedRevision: 1, by: world.caller("manager"))
            }
            let validated = try world.workflows.validateTimeReport(
                first.value.id, expectedRevision: 1,
                by: world.caller("owner"))
            #expect(validated.value.status == .validated && validated.revision == 2)
            #expect(throws: TimeReportError.budgetExceeded(budgetMinutes: 60, validatedMinutes: 45, reportMinutes: 45))
            {
                try world.workflows.validateTimeReport(second.value.id, expectedRevision: 1, by: world.caller("owner"))
            }
            let sheet = try world.workflows.timeSheet(of: id, by: world.caller("referent"))
            #expect(sheet.totals == TimeTotals(budgetMinutes: 60, reports: [validated.value, second.value]))
            #expect(sheet.totals.remainingMinutes == 15)
            #expect(throws: NotFoundError("time-report", id: first.value.id)) {
                try world.workflows.timeReport(first.value.id, by: world.caller("outsider"))
            }
            #expect(
                try world.actions("time-report")
                    == ["time-report.submitted", "time-report.submitted", "time-report.validated"])
        }
    }

    @Test func completionInterruptionAndFeedbackFollowTheParties() throws {
        try EngagementWorld.with { world in
            let first = try world.signedAgreement(0).agreement.id
            let second = try world.signedAgreement(1).agreement.id
            #expect(throws: AgreementError.missionOrderRequired(.complete)) {
                try world.workflows.completeAgreement(first, expectedRevision: nil, by: world.caller("owner"))
            }
            _ = try world.workflows.issueMissionOrder(
                for: first, dates: EngagementWorld.dates, by: world.caller("referent"))
            #expect(throws: AgreementAccessError.notParty(action: "complete the mission", parties: [.owner])) {
                try world.workflows.completeAgreement(first, expectedRevision: nil, by: world.caller("talent0"))
            }
            let completed = try world.workflows.completeAgreement(
                first, expectedRevision: nil, by: world.caller("owner"))
            #expect(completed.agreement.status == .completed)
            #expect(throws: AgreementAccessError.notParty(action: "leave feedback", parties: [.talent, .owner])) {
                try world.workflows.giveFeedback(
                    NewFeedback(rating: 3, comment: "x"), on: first,
                    by: world.caller("manager"))
            }
            let feedback = try world.workflows.giveFeedback(
                NewFeedback(rating: 5, comment: "Super"), on: first,
                by: world.caller("talent0"))
            #expect(feedback.feedback.map(\.side) == [.talent] && feedback.revision == completed.revision + 1)

            let interrupted = try world.workflows.interruptAgreement(
                second, reason: "Mutation", expectedRevision: nil,
                by: world.caller("manager"))
            #expect(interrupted.agreement.endedBy == .lineManager && interrupted.agreement.status == .interrupted)
            #expect(
                throws: AgreementAccessError.notParty(
                    action: "interrupt the engagement",
                    parties: AgreementParty.allCases)
            ) {
                try world.workflows.interruptAgreement(
                    first, reason: "x", expectedRevision: nil,
                    by: world.caller("referent"))
            }
        }
    }

    @Test func aTalentInterruptsBeforeSigningButCannotWithdrawWhileTheAgreementIsLive() throws {
        try EngagementWorld.with { world in
            let application = world.applications[0]
            let created = try world.workflows.createAgreement(
                from: application, terms: EngagementWorld.terms(),
                by: world.caller("owner"))
            let reason = try CodedReason(.noLongerAvailable)
            #expect(throws: ApplicationError.agreementInProgress(created.agreement.id)) {
                try world.workflows.withdrawApplication(
                    application, reason: reason, expectedRevision: nil,
                    by: world.caller("talent0"))
            }
            let interrupted = try world.workflows.interruptAgreement(
                created.agreement.id, reason: "Plus disponible",
                expectedRevision: nil, by: world.caller("talent0"))
            #expect(interrupted.agreement.status == .interrupted && interrupted.agreement.signedAt == nil)
            let withdrawn = try world.workflows.withdrawApplication(
                application, reason: reason, expectedRevision: nil,
                by: world.caller("talent0"))
            #expect(withdrawn.application.state == .withdrawn(reason), "an ended agreement no longer holds it")
        }
    }
}
