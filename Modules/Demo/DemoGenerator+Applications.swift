import Domain
import Persistence
import Support

// Applications and the owners' answers. On published missions, a fixed deck of outcomes
// (so every status is present whatever the seed) is dealt to missions old enough for it;
// closed missions get the applications their story implies.

extension DemoGenerator {
    /// Where an application on a published mission ends up today.
    enum Outcome {
        case pending, overdue, interview, accepted, declined, withdrawn

        /// How many days ago it may have been submitted.
        var ages: ClosedRange<Int> {
            switch self {
            case .pending: 1...12
            case .overdue: 16...45
            case .interview: 4...30
            case .accepted: 12...45
            case .declined: 3...45
            case .withdrawn: 2...45
            }
        }
    }

    /// The outcomes dealt on published missions: 84 applications.
    static let outcomes: [Outcome] = [
        Array(repeating: .pending, count: 28), Array(repeating: .overdue, count: 10),
        Array(repeating: .interview, count: 14), Array(repeating: .accepted, count: 8),
        Array(repeating: .declined, count: 14), Array(repeating: .withdrawn, count: 10)
    ].flatMap { $0 }

    /// Plans the applications on the missions still published.
    mutating func planApplications() throws {
        for outcome in random.shuffled(Self.outcomes) {
            let submitted = -random.int(in: outcome.ages)
            let mission = random.element(of: published.filter { $0.publishedDay < submitted })
            let application = apply(to: mission, day: submitted)
            switch outcome {
            case .pending, .overdue:
                break
            case .interview:
                let proposed = submitted + random.int(in: 1...min(3, -submitted - 1))
                proposeInterview(application, day: proposed, interviewDay: proposed + random.int(in: 3...10))
            case .accepted:
                accept(application, afterInterviewFrom: submitted)
            case .declined:
                let reason = try declineReason()
                if submitted <= -12 && random.chance(40) {
                    let interview = planInterview(application, submitted: submitted)
                    decline(application, day: interview + random.int(in: 1...2), reason: reason)
                } else {
                    decline(application, day: submitted + random.int(in: 1...min(10, -submitted - 1)), reason: reason)
                }
            case .withdrawn:
                let reason = try withdrawalReason()
                if submitted <= -10 && random.chance(30) {
                    // Withdraws the day before the interview the owner proposed.
                    withdraw(application, day: planInterview(application, submitted: submitted) - 1, reason: reason)
                } else {
                    withdraw(application, day: submitted + random.int(in: 1...min(12, -submitted - 1)), reason: reason)
                }
            }
        }
    }

    /// Plans the applications of a mission closed as filled on `closedDay`: the talents sought
    /// accepted, the others declined because the mission is filled, or withdrawn.
    mutating func planFilledApplications(_ mission: OpenMission, closedDay: Int) throws {
        for _ in 0..<mission.template.talentsSought {
            let submitted = mission.publishedDay + random.int(in: 1...8)
            accept(apply(to: mission, day: submitted), afterInterviewFrom: submitted)
        }
        for _ in 0..<random.int(in: 1...3) {
            let submitted = mission.publishedDay + random.int(in: 1...8)
            let application = apply(to: mission, day: submitted)
            switch random.int(in: 0...9) {
            case 0...4: decline(application, day: closedDay - 1, reason: try CodedReason(.missionFilled))
            case 5...7: withdraw(application, day: submitted + random.int(in: 1...5), reason: try withdrawalReason())
            default:
                decline(
                    application, day: submitted + random.int(in: 2...6), reason: try CodedReason(.profileDoesNotFit))
            }
        }
    }

    /// Plans up to two applications of a mission that expires after `deadlineDay`, answered before it.
    mutating func planExpiredApplications(_ mission: OpenMission, deadlineDay: Int) throws {
        for _ in 0..<random.int(in: 0...2) {
            let submitted = random.int(in: (mission.publishedDay + 1)...(deadlineDay - 4))
            let application = apply(to: mission, day: submitted)
            let answered = submitted + random.int(in: 1...3)
            if random.chance(50) {
                decline(application, day: answered, reason: try CodedReason(.profileDoesNotFit))
            } else {
                withdraw(application, day: answered, reason: try CodedReason(.noLongerAvailable))
            }
        }
    }

    /// Plans one or two applications of a mission cancelled on `cancelledDay`, declined the day before.
    mutating func planCancelledApplications(_ mission: OpenMission, cancelledDay: Int) throws {
        for _ in 0..<random.int(in: 1...2) {
            let application = apply(to: mission, day: mission.publishedDay + random.int(in: 1...5))
            decline(
                application, day: cancelledDay - 1,
                reason: try CodedReason(.noLongerAvailable, text: DemoTexts.cancelledMission))
        }
    }

    // MARK: Steps

    /// Plans an application to `mission` on `day` by a talent who has not applied to it yet,
    /// preferably one who meets a required skill.
    private mutating func apply(to mission: OpenMission, day: Int) -> DemoSlot<Application> {
        let free = talents.indices.filter { !applied.contains([mission.index, $0]) }
        let qualified = free.filter { index in
            mission.template.skills.contains { $0.isMet(by: talents[index].profile) }
        }
        let chosen = random.element(of: qualified.isEmpty ? free : qualified)
        applied.insert([mission.index, chosen])
        let motivation = motivation(of: talents[chosen], for: mission.template)
        let submitted = officeHours(day)
        let slot = DemoSlot<Application>()
        let missionSlot = mission.slot
        let talent = talents[chosen].slot
        timeline.schedule(at: submitted) { connection in
            // The mission as stored now (published since its slot was filled), through the domain's rule.
            let store = ApplicationStore(connection)
            guard let stored = try MissionStore(connection).find(missionSlot.value.id) else {
                preconditionFailure("demo mission \(missionSlot.value.id) not stored")
            }
            let application = try Application.submit(
                id: try store.nextID(), to: stored, by: talent.value, motivation: motivation,
                existing: try store.live(missionID: stored.id, talentID: talent.value.id), at: submitted)
            try store.insert(application, by: DemoSeed.actor, at: submitted)
            slot.value = application
        }
        applications.append(slot)
        return slot
    }

    /// Plans an interview proposed on `day` and accepted one or two days after it took place.
    private mutating func accept(_ application: DemoSlot<Application>, afterInterviewFrom submitted: Int) {
        let interview = planInterview(application, submitted: submitted)
        change(application, day: interview + random.int(in: 1...2), "application.accepted") { try $0.accept(at: $1) }
    }

    /// Plans an interview proposed a few days after `submitted`; returns the day it takes place.
    private mutating func planInterview(_ application: DemoSlot<Application>, submitted: Int) -> Int {
        let proposed = submitted + random.int(in: 1...3)
        let interview = proposed + random.int(in: 2...5)
        proposeInterview(application, day: proposed, interviewDay: interview)
        return interview
    }

    private mutating func proposeInterview(_ application: DemoSlot<Application>, day: Int, interviewDay: Int) {
        // The exchange may be later than today: it is then still to come.
        let interview = Interview(
            at: Instant(utc: date(interviewDay), hour: random.int(in: 9...16), minute: random.element(of: [0, 30])),
            means: random.element(of: DemoTexts.interviewMeans))
        change(application, day: day, "application.interview-proposed") { try $0.proposeInterview(interview, at: $1) }
    }

    private mutating func decline(_ application: DemoSlot<Application>, day: Int, reason: CodedReason) {
        change(application, day: day, "application.declined") { try $0.decline(reason: reason, at: $1) }
    }

    private mutating func withdraw(_ application: DemoSlot<Application>, day: Int, reason: CodedReason) {
        change(application, day: day, "application.withdrawn") { try $0.withdraw(reason: reason, at: $1) }
    }

    /// Plans a transition of `application` on `day`, saved with its audit event `action`.
    private mutating func change(
        _ application: DemoSlot<Application>, day: Int, _ action: String,
        _ transition: @escaping (inout Application, Instant) throws -> Void
    ) {
        let instant = officeHours(day)
        timeline.schedule(at: instant) { connection in
            var changed = application.value
            try transition(&changed, instant)
            try ApplicationStore(connection).update(changed, action: action, by: DemoSeed.actor, at: instant)
            application.value = changed
        }
    }

    // MARK: Texts

    private mutating func declineReason() throws -> CodedReason {
        switch random.int(in: 0...9) {
        case 0...5: try CodedReason(.profileDoesNotFit)
        case 6...7: try CodedReason(.other, text: random.element(of: DemoTexts.declineTexts))
        default: try CodedReason(.answeredOutsidePlatform)
        }
    }

    private mutating func withdrawalReason() throws -> CodedReason {
        switch random.int(in: 0...9) {
        case 0...4: try CodedReason(.noLongerAvailable)
        case 5...6: try CodedReason(.answeredOutsidePlatform)
        default: try CodedReason(.other, text: random.element(of: DemoTexts.withdrawalTexts))
        }
    }

    /// A motivation in the talent's words: who they are, what they bring to the mission, their time.
    mutating func motivation(of talent: PlannedTalent, for mission: DemoMission) -> String {
        let title = lowercasedFirst(talent.trade.title(feminine: talent.feminine))
        let opening =
            "Bonjour, je suis \(title) \(units[talent.unit].data.atName) depuis "
            + "\(talent.years == 1 ? "un an" : "\(talent.years) ans")."
        let experience =
            if let met = mission.skills.first(where: { $0.isMet(by: talent.profile) }) {
                random.element(of: DemoTexts.experience)(lowercasedFirst(skillName(met.code)))
            } else {
                "Sans être spécialiste de tous les sujets demandés, je peux apporter ma pratique en "
                    + "\(lowercasedFirst(skillName(talent.profile.skills[0].code))) à votre équipe."
            }
        return "\(opening) \(experience) Je peux y consacrer environ \(talent.profile.availability.hoursPerMonth) "
            + "heures par mois. \(random.element(of: DemoTexts.motivationEndings))"
    }

    private func skillName(_ code: SkillCode) -> String {
        guard let skill = SkillTaxonomy.standard.skill(code) else { preconditionFailure("unknown skill \(code)") }
        return skill.name
    }

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
