import Domain
import Persistence
import Support

// The life of each mission, planned day by day with the domain's own transitions. Every step
// falls on a later day than the one before it, so the timeline applies them in order.

extension DemoGenerator {
    /// The story of one mission, up to its state today.
    enum MissionPath {
        case draft, rejected, submitted, published, republished, filled, expired
        case cancelledDraft, cancelledSubmitted, cancelledPublished
    }

    /// The stories of the fifty missions: 5 drafts (2 rejected), 5 submitted, 26 published
    /// (2 of them after a rejection), 6 filled, 4 expired and 4 cancelled.
    static let missionPaths: [MissionPath] = [
        Array(repeating: .draft, count: 3), Array(repeating: .rejected, count: 2),
        Array(repeating: .submitted, count: 5), Array(repeating: .published, count: 24),
        Array(repeating: .republished, count: 2), Array(repeating: .filled, count: 6),
        Array(repeating: .expired, count: 4),
        [.cancelledDraft, .cancelledSubmitted, .cancelledPublished, .cancelledPublished]
    ].flatMap { $0 }

    /// Plans every mission of the dataset with a story drawn at random.
    mutating func planMissions() throws {
        let paths = random.shuffled(Self.missionPaths)
        precondition(paths.count == DemoMission.all.count, "one story per demo mission")
        let publishedCount = paths.count { $0 == .published || $0 == .republished }
        for (template, path) in zip(DemoMission.all, paths) {
            try plan(template, path, publishedCount: publishedCount)
        }
    }

    private mutating func plan(_ template: DemoMission, _ path: MissionPath, publishedCount: Int) throws {
        switch path {
        case .draft:
            _ = try create(template, deadline: date(random.int(in: 20...50)), day: -random.int(in: 1...20))
        case .rejected:
            let created = -random.int(in: 12...40)
            let mission = try create(template, deadline: date(random.int(in: 20...50)), day: created)
            let submitted = created + random.int(in: 1...2)
            submit(mission, day: submitted)
            reject(mission, day: submitted + random.int(in: 1...3))
        case .submitted:
            let created = -random.int(in: 3...15)
            let mission = try create(template, deadline: date(random.int(in: 20...50)), day: created)
            submit(mission, day: created + random.int(in: 1...2))
        case .published, .republished:
            // Publication ages spread from 2 to 59 days, so applications of every age find a mission.
            let rank = published.count
            let publishedDay = -(2 + rank * 57 / max(publishedCount - 1, 1))
            let mission = try publish(
                template, deadline: date(random.int(in: 10...45)), day: publishedDay,
                afterRejection: path == .republished)
            published.append(open(mission, template, publishedDay: publishedDay))
        case .filled:
            let publishedDay = -random.int(in: 45...120)
            let deadline = date(publishedDay + random.int(in: 25...40))
            let mission = try publish(template, deadline: deadline, day: publishedDay)
            let closed = publishedDay + random.int(in: 20...28)
            try planFilledApplications(open(mission, template, publishedDay: publishedDay), closedDay: closed)
            change(mission, at: officeHours(closed), "mission.closed-as-filled") { try $0.closeAsFilled(at: $1) }
        case .expired:
            let publishedDay = -random.int(in: 60...150)
            let deadlineDay = publishedDay + random.int(in: 14...30)
            let mission = try publish(template, deadline: date(deadlineDay), day: publishedDay)
            try planExpiredApplications(open(mission, template, publishedDay: publishedDay), deadlineDay: deadlineDay)
            // The platform's nightly job closes it the day after its deadline.
            change(mission, at: Instant(utc: date(deadlineDay + 1), hour: 2), "mission.expired") {
                try $0.expire(today: $1.utcDate, at: $1)
            }
        case .cancelledDraft:
            let created = -random.int(in: 30...90)
            let mission = try create(template, deadline: date(created + random.int(in: 30...60)), day: created)
            cancel(mission, day: created + random.int(in: 5...20))
        case .cancelledSubmitted:
            let created = -random.int(in: 30...90)
            let mission = try create(template, deadline: date(created + random.int(in: 30...60)), day: created)
            let submitted = created + random.int(in: 1...3)
            submit(mission, day: submitted)
            cancel(mission, day: submitted + random.int(in: 2...6))
        case .cancelledPublished:
            let publishedDay = -random.int(in: 20...60)
            let deadline = date(publishedDay + random.int(in: 30...40))
            let mission = try publish(template, deadline: deadline, day: publishedDay)
            let cancelled = publishedDay + random.int(in: 10...15)
            try planCancelledApplications(open(mission, template, publishedDay: publishedDay), cancelledDay: cancelled)
            cancel(mission, day: cancelled)
        }
    }

    // MARK: Steps

    /// Plans a mission created on `day`, submitted, optionally rejected, edited and submitted
    /// again, and published on `publishedDay`.
    mutating func publish(
        _ template: DemoMission, deadline: LocalDate, day publishedDay: Int,
        afterRejection: Bool = false, window: DateWindow? = nil
    ) throws -> DemoSlot<Mission> {
        let gaps =
            afterRejection
            ? (0..<5).map { _ in random.int(in: 1...2) }
            : [random.int(in: 1...3), random.int(in: 1...4)]
        var day = publishedDay - gaps.reduce(0, +)
        let mission = try create(template, deadline: deadline, day: day, window: window)
        day += gaps[0]
        submit(mission, day: day)
        if afterRejection {
            day += gaps[1]
            reject(mission, day: day)
            day += gaps[2]
            let addition = random.element(of: DemoTexts.deliverables)
            change(mission, at: officeHours(day), "mission.edited") { mission, instant in
                var details = mission.details
                details.description += " " + addition
                try mission.edit(details, at: instant)
            }
            day += gaps[3]
            submit(mission, day: day)
        }
        change(mission, at: officeHours(publishedDay), "mission.published") {
            try $0.publish(today: $1.utcDate, at: $1)
        }
        return mission
    }

    /// Plans a draft mission of `template` created on `day`, over `window` (drawn after the
    /// deadline when nil).
    private mutating func create(
        _ template: DemoMission, deadline: LocalDate, day: Int, window fixed: DateWindow? = nil
    ) throws -> DemoSlot<Mission> {
        let unit = units[unit(template.administration)]
        // The draws in the order the dataset was first made with: the start, the département, the months.
        let start = fixed?.start ?? deadline.adding(days: random.int(in: 7...21))
        let departement =
            template.place == .remote
            ? nil : try Departement(random.element(of: unit.data.departements))
        let window = fixed ?? DateWindow(start: start, end: start.adding(months: random.int(in: 1...6)))
        let details = MissionDetails(
            title: template.title, description: template.description, nature: template.nature,
            requiredSkills: template.skills, effortHours: template.effortHours,
            window: window,
            departement: departement, remote: template.place != .onSite, talentsSought: template.talentsSought,
            applicationDeadline: deadline, crisis: template.crisis)
        let created = officeHours(day)
        let slot = DemoSlot<Mission>()
        let owner = unit.owner
        let administrationID = unit.record.id
        timeline.schedule(at: created) { connection in
            slot.value = try MissionStore(connection).insert(
                administrationID: administrationID, ownerID: owner.value.id, details: details,
                by: DemoSeed.actor, at: created)
        }
        missions.append(slot)
        return slot
    }

    private mutating func submit(_ mission: DemoSlot<Mission>, day: Int) {
        change(mission, at: officeHours(day), "mission.submitted") { try $0.submit(at: $1) }
    }

    private mutating func reject(_ mission: DemoSlot<Mission>, day: Int) {
        let reason = random.element(of: DemoTexts.rejectionReasons)
        change(mission, at: officeHours(day), "mission.rejected") { try $0.reject(reason: reason, at: $1) }
    }

    private mutating func cancel(_ mission: DemoSlot<Mission>, day: Int) {
        change(mission, at: officeHours(day), "mission.cancelled") { try $0.cancel(at: $1) }
    }

    /// Plans a transition of `mission` at `instant`, saved with its audit event `action`.
    private mutating func change(
        _ mission: DemoSlot<Mission>, at instant: Instant, _ action: String,
        _ transition: @escaping (inout Mission, Instant) throws -> Void
    ) {
        timeline.schedule(at: instant) { connection in
            var changed = mission.value
            try transition(&changed, instant)
            try MissionStore(connection).update(changed, action: action, by: DemoSeed.actor, at: instant)
            mission.value = changed
        }
    }

    /// The mission just planned, as open to applications from the day after `publishedDay`.
    private func open(_ mission: DemoSlot<Mission>, _ template: DemoMission, publishedDay: Int) -> OpenMission {
        OpenMission(slot: mission, index: missions.count - 1, template: template, publishedDay: publishedDay)
    }
}
