import Domain
import Persistence
import Support
import Workflows

// The engagement story: four missions of the first mission owner's directorate, their
// applications, and agreements in every state with their signatures, mission orders, time
// reports, feedback and diplomas. Everything after the missions goes through the use cases of
// Workflows, called by the people who act on the platform (the talent applies, the owner
// accepts, the referent issues the order…), so the audit trail, the ledger, the distinctions
// and the Open Badges assertions are the platform's own.

extension DemoGenerator {
    /// A mission of the engagement story.
    struct StoryMission {
        let slot: DemoSlot<Mission>
        /// Its index in `missions`.
        let index: Int
        let template: DemoMission
        let window: DateWindow
    }

    /// Where an agreement of the story stands today.
    enum Ending {
        /// Awaiting signatures; the parties in `signed` have signed.
        case awaiting(signed: [AgreementParty])
        /// Refused by the line manager for the needs of the service.
        case refused
        /// Signed by the three parties, no mission order yet.
        case signed
        /// Signed, its mission order issued; the work has not started.
        case ordered
        /// Signed, its mission order issued, then cancelled.
        case orderCancelled
        /// Under way: time reported every week, validated two days later, one report rejected
        /// when `rejecting`; the most recent ones still to validate.
        case running(rejecting: Bool)
        /// Interrupted by the talent after a few weeks.
        case interrupted
        /// Completed, with feedback from both sides and the talent's diploma.
        case completed
    }

    /// Plans the engagement story, the saved searches, the invitations and a Vis mon job edition.
    mutating func planEngagements() throws {
        let cast = cast()
        guard let ownerUnit = units.firstIndex(where: { $0.record.id == cast.owner.administrationID }) else {
            preconditionFailure("the first mission owner works in no demo directorate")
        }
        // Talents outside the owner's directorate (so credits move between administrations)
        // whose employer confirmed the employment, which agreements need: the referent confirms
        // it first for the first talent and the first line manager's team when it was not.
        let candidates = talents.indices.filter { talents[$0].unit != ownerUnit }
        var eligible = candidates.filter { talents[$0].confirmed }
        let managed = candidates.filter { talents[$0].profile.lineManager.email == cast.lineManager.email }
        let me = candidates.contains(cast.talent) ? [cast.talent] : []
        for index in managed + me where !talents[index].confirmed {
            let talent = talents[index].slot
            let referent = referent(of: index)
            call(day: -170, hour: 10) { workflows in
                _ = try workflows.confirmEmployment(
                    of: talent.value.id, expectedRevision: nil, by: .user(referent.value))
            }
            eligible.append(index)
        }
        let ministry = eligible.filter {
            !managed.contains($0) && !me.contains($0)
                && lineage(units[talents[$0].unit].record.id).contains(cast.referent.administrationID)
        }
        let templates = DemoMission.engagement(of: units[ownerUnit].data.acronym)
        let owner = units[ownerUnit].owner

        // Over: published 165 days ago, its engagements ended a month ago.
        let past = try storyMission(templates.past, published: -165, deadline: -150, window: -140...(-30))
        try planHiring(
            past, owner: owner, applied: -163, closed: -156, agreed: -154,
            cases: [
                (pick(me, on: past, from: eligible), .completed),
                (pick(Array(managed.dropFirst()), on: past, from: eligible), .completed),
                (pick([], on: past, from: eligible), .interrupted)
            ])
        // Running today.
        let running = try storyMission(templates.running, published: -100, deadline: -85, window: -75...100)
        try planHiring(
            running, owner: owner, applied: -98, closed: -91, agreed: -89,
            cases: [
                (pick(me, on: running, from: eligible), .running(rejecting: true)),
                (pick(managed, on: running, from: eligible), .running(rejecting: false)),
                (pick(ministry, on: running, from: eligible), .running(rejecting: false)),
                (pick(Array(ministry.dropFirst()), on: running, from: eligible), .signed),
                (pick(Array(ministry.dropFirst(2)), on: running, from: eligible), .orderCancelled)
            ])
        // Filled, starting soon: agreements being signed.
        let signing = try storyMission(templates.signing, published: -45, deadline: -25, window: 10...120)
        try planHiring(
            signing, owner: owner, applied: -43, closed: -30, agreed: -28,
            cases: [
                (pick(managed, on: signing, from: eligible), .awaiting(signed: [.talent, .owner])),
                (pick(Array(managed.dropFirst()), on: signing, from: eligible), .refused),
                (pick(me, on: signing, from: eligible), .awaiting(signed: [.owner])),
                (pick([], on: signing, from: eligible), .awaiting(signed: [])),
                (pick([], on: signing, from: eligible), .ordered)
            ])
        // Still open: applications to answer, invitations. The first talent has not applied, so
        // they (and the tests' talent persona) may apply to the owner's open mission.
        let open = try storyMission(templates.open, published: -30, deadline: 20, window: 35...150)
        for index in me { applied.insert([open.index, index]) }
        try planOpenApplications(open, owner: owner, eligible: eligible)
        planInvitations(open, owner: owner, eligible: eligible)
        planSavedSearches(cast: cast, eligible: eligible)
        try planVisMonJob(cast: cast, eligible: eligible)
    }

    /// The first of `preferred` who has not applied to `mission` yet, else a random one of
    /// `eligible` who has not; marks them as applied.
    mutating func pick(_ preferred: [Int], on mission: StoryMission, from eligible: [Int]) -> Int {
        let chosen =
            preferred.first { !applied.contains([mission.index, $0]) }
            ?? random.element(of: eligible.filter { !applied.contains([mission.index, $0]) })
        applied.insert([mission.index, chosen])
        return chosen
    }

    // MARK: Missions and applications

    /// Plans a mission of the story, published on day `published` (created a few days before).
    private mutating func storyMission(
        _ template: DemoMission, published: Int, deadline: Int, window: ClosedRange<Int>
    ) throws -> StoryMission {
        let dates = DateWindow(start: date(window.lowerBound), end: date(window.upperBound))
        let slot = try publish(template, deadline: date(deadline), day: published, window: dates)
        return StoryMission(slot: slot, index: missions.count - 1, template: template, window: dates)
    }

    /// Plans the hiring on `mission`: each talent of `cases` applies on day `applied`, is
    /// interviewed and accepted; the owner closes the mission as filled on day `closed` (when
    /// not nil) and draws up the agreements from day `agreed`, which then end as planned.
    private mutating func planHiring(
        _ mission: StoryMission, owner: DemoSlot<User>, applied: Int, closed: Int?, agreed: Int,
        cases: [(talent: Int, ending: Ending)]
    ) throws {
        for (rank, (talent, ending)) in cases.enumerated() {
            let application = planApplication(talent, to: mission, day: applied + rank % 2)
            planInterview(application, owner: owner, day: applied + 2, interviewDay: applied + 4)
            call(day: applied + 6, hour: 9 + rank) { workflows in
                _ = try workflows.acceptApplication(application.value, expectedRevision: nil, by: .user(owner.value))
            }
            try planAgreement(
                application, talent: talent, on: mission, owner: owner, day: agreed, rank: rank, ending: ending)
        }
        if let closed {
            let slot = mission.slot
            call(day: closed, hour: 16) { workflows in
                _ = try workflows.closeMission(
                    slot.value.id, as: .filled, expectedRevision: nil, by: .user(owner.value))
            }
        }
    }

    /// Plans the applications the owner still has to answer on `mission`, and the answers
    /// given: pending (one of them overdue), an interview to come, declined, withdrawn, and
    /// accepted without its agreement yet.
    private mutating func planOpenApplications(
        _ mission: StoryMission, owner: DemoSlot<User>, eligible: [Int]
    ) throws {
        for day in [-24, -6, -4, -2] {
            _ = planApplication(pick([], on: mission, from: eligible), to: mission, day: day)
        }
        let interviewed = planApplication(pick([], on: mission, from: eligible), to: mission, day: -9)
        planInterview(interviewed, owner: owner, day: -7, interviewDay: 4)
        let declined = planApplication(pick([], on: mission, from: eligible), to: mission, day: -12)
        let reason = try CodedReason(.profileDoesNotFit)
        call(day: -10, hour: 11) { workflows in
            _ = try workflows.declineApplication(
                declined.value, reason: reason, expectedRevision: nil, by: .user(owner.value))
        }
        let leaver = pick([], on: mission, from: eligible)
        let withdrawn = planApplication(leaver, to: mission, day: -14)
        let withdrawal = try CodedReason(.noLongerAvailable)
        let leaverUser = talents[leaver].user
        call(day: -11, hour: 18) { workflows in
            _ = try workflows.withdrawApplication(
                withdrawn.value, reason: withdrawal, expectedRevision: nil, by: .user(leaverUser.value))
        }
        let accepted = planApplication(pick([], on: mission, from: eligible), to: mission, day: -16)
        planInterview(accepted, owner: owner, day: -15, interviewDay: -12)
        call(day: -9, hour: 15) { workflows in
            _ = try workflows.acceptApplication(accepted.value, expectedRevision: nil, by: .user(owner.value))
        }
    }

    /// Plans talent `index`'s application to `mission` on `day`, through the platform.
    private mutating func planApplication(_ index: Int, to mission: StoryMission, day: Int) -> DemoSlot<ApplicationID> {
        let motivation = motivation(of: talents[index], for: mission.template)
        let user = talents[index].user
        let missionSlot = mission.slot
        let slot = DemoSlot<ApplicationID>()
        call(day: day, hour: random.int(in: 8...12)) { workflows in
            slot.value =
                try workflows.apply(to: missionSlot.value.id, motivation: motivation, by: .user(user.value))
                .application.id
        }
        return slot
    }

    private mutating func planInterview(
        _ application: DemoSlot<ApplicationID>, owner: DemoSlot<User>, day: Int, interviewDay: Int
    ) {
        let interview = Interview(
            at: Instant(utc: date(interviewDay), hour: random.int(in: 9...16), minute: random.element(of: [0, 30])),
            means: random.element(of: DemoTexts.interviewMeans))
        call(day: day, hour: 14) { workflows in
            _ = try workflows.proposeInterview(
                interview, for: application.value, expectedRevision: nil, by: .user(owner.value))
        }
    }

    // MARK: Agreements

    /// Plans the agreement of `application`, drawn up on day `day`, up to `ending`.
    private mutating func planAgreement(
        _ application: DemoSlot<ApplicationID>, talent index: Int, on mission: StoryMission,
        owner: DemoSlot<User>, day: Int, rank: Int, ending: Ending
    ) throws {
        let talent = talents[index].user
        let manager = lineManager(of: index)
        let referent = referent(of: index)
        let terms = AgreementTerms(
            objectives: mission.template.description,
            deliverables: random.element(of: DemoEngagementTexts.deliverables),
            hoursBudget: mission.template.effortHours,
            dates: DateWindow(
                start: mission.window.start.adding(days: random.int(in: 0...3)),
                end: mission.window.end.adding(days: -random.int(in: 0...3))),
            workMode: mission.template.place == .remote ? .remote : .hybrid,
            conditions: random.element(of: DemoEngagementTexts.conditions))
        let agreement = DemoSlot<AgreementID>()
        let hour = 9 + rank
        call(day: day, hour: hour) { workflows in
            agreement.value =
                try workflows.createAgreement(from: application.value, terms: terms, by: .user(owner.value))
                .agreement.id
        }
        func sign(_ party: AgreementParty, day: Int) {
            let signer =
                switch party {
                case .talent: talent
                case .owner: owner
                case .lineManager: manager
                }
            call(day: day, hour: hour) { workflows in
                _ = try workflows.signAgreement(agreement.value, expectedRevision: nil, by: .user(signer.value))
            }
        }
        switch ending {
        case .awaiting(let signed):
            for (offset, party) in signed.enumerated() { sign(party, day: day + 1 + offset) }
            return
        case .refused:
            sign(.talent, day: day + 1)
            sign(.owner, day: day + 2)
            let reason = random.element(of: DemoEngagementTexts.refusals)
            call(day: day + 4, hour: hour) { workflows in
                _ = try workflows.refuseAgreement(
                    agreement.value, reason: reason, expectedRevision: nil, by: .user(manager.value))
            }
            return
        default:
            sign(.talent, day: day + 1)
            sign(.owner, day: day + 2)
            sign(.lineManager, day: day + 3)
        }
        if case .signed = ending { return }
        let order = DemoSlot<MissionOrderID>()
        call(day: day + 5, hour: hour) { workflows in
            order.value =
                try workflows.issueMissionOrder(for: agreement.value, dates: terms.dates, by: .user(referent.value))
                .value.id
        }
        switch ending {
        case .orderCancelled:
            let reason = random.element(of: DemoEngagementTexts.orderCancellations)
            call(day: day + 9, hour: hour) { workflows in
                _ = try workflows.cancelMissionOrder(
                    order.value, reason: reason, expectedRevision: nil, by: .user(referent.value))
            }
        case .running(let rejecting):
            planTimeReports(
                agreement, talent: talent, owner: owner, from: terms.dates.start, until: -2,
                rejecting: rejecting ? 2 : nil)
        case .interrupted:
            let stop = planTimeReports(
                agreement, talent: talent, owner: owner, from: terms.dates.start, weeks: 3)
            let reason = random.element(of: DemoEngagementTexts.interruptions)
            call(day: stop + 5, hour: 17) { workflows in
                _ = try workflows.interruptAgreement(
                    agreement.value, reason: reason, expectedRevision: nil, by: .user(talent.value))
            }
        case .completed:
            let end = today.days(until: terms.dates.end)
            planTimeReports(agreement, talent: talent, owner: owner, from: terms.dates.start, until: end - 2)
            call(day: end + 2, hour: 11) { workflows in
                _ = try workflows.completeAgreement(agreement.value, expectedRevision: nil, by: .user(owner.value))
            }
            let talentSays = NewFeedback(rating: 5, comment: random.element(of: DemoEngagementTexts.talentFeedback))
            let ownerSays = NewFeedback(
                rating: random.element(of: [4, 5]), comment: random.element(of: DemoEngagementTexts.ownerFeedback))
            call(day: end + 3, hour: 18) { workflows in
                _ = try workflows.giveFeedback(talentSays, on: agreement.value, by: .user(talent.value))
            }
            call(day: end + 4, hour: 10) { workflows in
                _ = try workflows.giveFeedback(ownerSays, on: agreement.value, by: .user(owner.value))
            }
        case .awaiting, .refused, .signed, .ordered:
            break
        }
    }

    /// Plans a time report every week from two days after `start`, for `weeks` weeks or up to
    /// day `until`, each validated by the owner two days later when that day is past; the
    /// report of rank `rejecting` is rejected instead. Returns the day of the last report.
    @discardableResult
    private mutating func planTimeReports(
        _ agreement: DemoSlot<AgreementID>, talent: DemoSlot<User>, owner: DemoSlot<User>,
        from start: LocalDate, until last: Int = -2, weeks: Int? = nil, rejecting: Int? = nil
    ) -> Int {
        var day = today.days(until: start) + 2
        var rank = 0
        var reported = day
        while day <= last && rank < (weeks ?? .max) {
            let report = DemoSlot<TimeReportID>()
            let new = NewTimeReport(
                date: date(day), minutes: random.element(of: [90, 120, 150, 180, 210, 240]),
                note: random.element(of: DemoEngagementTexts.timeNotes))
            call(day: day, hour: 17) { workflows in
                report.value = try workflows.reportTime(new, on: agreement.value, by: .user(talent.value)).value.id
            }
            // The owner decides within two days, but the last week is still to decide.
            if day + 9 < 0 {
                if rank == rejecting {
                    let reason = random.element(of: DemoEngagementTexts.timeRejections)
                    call(day: day + 2, hour: 10) { workflows in
                        _ = try workflows.rejectTimeReport(
                            report.value, reason: reason, expectedRevision: nil, by: .user(owner.value))
                    }
                } else {
                    call(day: day + 2, hour: 10) { workflows in
                        _ = try workflows.validateTimeReport(
                            report.value, expectedRevision: nil, by: .user(owner.value))
                    }
                }
            }
            reported = day
            rank += 1
            day += 7
        }
        return reported
    }

    // MARK: Saved searches and invitations

    /// Plans the owner's invitations of three talents of the pool to `mission`.
    private mutating func planInvitations(_ mission: StoryMission, owner: DemoSlot<User>, eligible: [Int]) {
        let pooled = eligible.filter { talents[$0].pooled && !applied.contains([mission.index, $0]) }
        for (rank, index) in random.shuffled(pooled).prefix(3).enumerated() {
            let talent = talents[index].slot
            let missionSlot = mission.slot
            call(day: -24 + rank, hour: 11) { workflows in
                _ = try workflows.invite(
                    NewInvitation(talentID: talent.value.id, message: DemoEngagementTexts.invitation),
                    to: missionSlot.value.id, by: .user(owner.value))
            }
        }
    }

    /// Plans the saved searches of the first talent (two) and of two others.
    private mutating func planSavedSearches(cast: Cast, eligible: [Int]) {
        let searchers = [cast.talent, cast.talent] + random.shuffled(eligible).prefix(2)
        for (index, (talent, search)) in zip(searchers, DemoEngagementTexts.savedSearches).enumerated() {
            let user = talents[talent].user
            let new = NewSavedSearch(name: search.name, parameters: search.parameters)
            call(day: -40 + index, hour: 20) { workflows in
                _ = try workflows.createSavedSearch(new, by: .user(user.value))
            }
        }
    }

    // MARK: Time

    /// Plans use case `apply` on past `day` at `hour` (random minutes).
    mutating func call(day: Int, hour: Int, _ apply: @escaping (Workflows) throws -> Void) {
        precondition(day < 0, "demo events happen before today, not on day \(day)")
        timeline.call(at: Instant(utc: date(day), hour: hour, minute: random.int(in: 0...59)), apply)
    }
}
