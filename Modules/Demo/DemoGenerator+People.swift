import Domain
import Persistence
import Support

// Administrations first (the oldest records), then the programme's staff, then the talents:
// all of them exist well before the first mission (day -170).

extension DemoGenerator {
    /// A person of the dataset: a French name and a unique address at their administration.
    struct Person {
        let displayName: String
        let email: EmailAddress
        let feminine: Bool
    }

    /// Writes the ministries and their directorates, 540 days ago.
    mutating func insertAdministrations(in connection: Connection) throws {
        let at = Instant(utc: date(-540), hour: 9)
        for ministry in DemoAdministration.all {
            try insert(ministry, parentID: nil, at: at, in: connection)
        }
    }

    private mutating func insert(
        _ data: DemoAdministration, parentID: AdministrationID?, at instant: Instant,
        in connection: Connection
    ) throws {
        let new = NewAdministration(name: data.name, acronym: data.acronym, level: data.level, parentID: parentID)
        let record = try AdministrationStore(connection).insert(new, by: DemoSeed.actor, at: instant)
        if data.level == .ministry {
            ministries.append(record)
        } else {
            precondition(unitIndex.updateValue(units.count, forKey: data.acronym) == nil, "\(data.acronym) twice")
            units.append(Unit(data: data, record: record))
        }
        for child in data.children {
            try insert(child, parentID: record.id, at: instant, in: connection)
        }
    }

    /// Plans the operators, a referent per ministry, and a mission owner and line managers per directorate.
    mutating func planStaff() throws {
        let dinum = units[unit("DINUM")]
        for _ in 0..<DemoSeed.operatorCount {
            let person = try newPerson(domain: dinum.data.emailDomain)
            planUser(person, roles: [.operator], administrationID: dinum.record.id, day: random.int(in: -535 ... -530))
        }
        for (ministry, data) in zip(ministries, DemoAdministration.all) {
            let person = try newPerson(domain: data.emailDomain)
            planUser(person, roles: [.referent], administrationID: ministry.id, day: random.int(in: -530 ... -500))
        }
        for index in units.indices {
            let domain = units[index].data.emailDomain
            let administrationID = units[index].record.id
            let owner = try newPerson(domain: domain)
            units[index].owner = planUser(
                owner, roles: [.missionOwner], administrationID: administrationID,
                day: random.int(in: -500 ... -460))
            for _ in 0..<DemoSeed.lineManagersPerDirectorate {
                let person = try newPerson(domain: domain)
                planUser(
                    person, roles: [.lineManager], administrationID: administrationID,
                    day: random.int(in: -520 ... -460))
                units[index].lineManagers.append(LineManager(name: person.displayName, email: person.email))
            }
        }
    }

    /// Plans the talents, each with a user account and a profile; some join the pool later.
    mutating func planTalents() throws {
        let weights = units.map(\.data.talentWeight)
        let pooled = Set(random.shuffled(Array(0..<DemoSeed.talentCount)).prefix(DemoSeed.pooledTalentCount))
        for number in 0..<DemoSeed.talentCount {
            let unitIndex = random.index(weights: weights)
            let unit = units[unitIndex]
            let person = try newPerson(domain: unit.data.emailDomain)
            let trade = random.element(of: DemoProfile.all)
            let years = random.int(in: 1...22)
            let createdDay = random.int(in: -450 ... -200)
            let availability =
                random.chance(40)
                ? Availability(
                    hoursPerMonth: hoursPerMonth(), from: date(createdDay),
                    until: today.adding(months: random.int(in: 2...12)))
                : Availability(hoursPerMonth: hoursPerMonth())
            let presentation =
                "\(trade.title(feminine: person.feminine)) \(unit.data.atName) depuis "
                + "\(years == 1 ? "un an" : "\(years) ans"), \(trade.activity) "
                + random.element(of: DemoTexts.presentationEndings)
            let profile = TalentProfile(
                employerID: unit.record.id, status: random.chance(70) ? .civilServant : .contractAgent,
                lineManager: random.element(of: unit.lineManagers),
                departement: try Departement(random.element(of: unit.data.departements)),
                skills: skills(of: trade), availability: availability, presentation: presentation)
            let slot = DemoSlot<Talent>()
            let userSlot = DemoSlot<User>()
            let new = NewUser(
                displayName: person.displayName, email: person.email, roles: [.talent],
                administrationID: unit.record.id)
            let created = officeHours(createdDay)
            let sequence = userCount
            userCount += 1
            // Nine talents in ten have their employment confirmed: the others wait for their referent.
            let confirmed = number % 10 != 9
            timeline.schedule(at: created) { connection in
                let user = try UserStore(connection).insert(new, by: DemoSeed.actor, at: created)
                userSlot.value = user
                slot.value = try TalentStore(connection).insert(
                    userID: user.id, profile: profile,
                    by: DemoSeed.actor, at: created)
                guard confirmed else { return }
                try slot.value.confirmEmployment(by: nil, at: created)
                try TalentStore(connection).update(
                    slot.value, action: "talent.employment-confirmed",
                    by: DemoSeed.actor, at: created)
            }
            if pooled.contains(number) {
                // Joins the pool within a month of registering, before any mission of the story.
                let joined = officeHours(createdDay + random.int(in: 1...29))
                timeline.schedule(at: joined) { connection in
                    try slot.value.joinPool(consent: true, at: joined)
                    try TalentStore(connection).update(
                        slot.value, action: "talent.pool-joined",
                        by: DemoSeed.actor, at: joined)
                }
            }
            talents.append(
                PlannedTalent(
                    slot: slot, profile: profile, feminine: person.feminine, trade: trade,
                    years: years, unit: unitIndex, user: userSlot, created: created, sequence: sequence,
                    confirmed: confirmed, pooled: pooled.contains(number)))
        }
    }

    // MARK: Helpers

    /// Plans the creation of a user on `day`.
    @discardableResult
    private mutating func planUser(
        _ person: Person, roles: Set<Role>, administrationID: AdministrationID,
        day: Int
    ) -> DemoSlot<User> {
        let new = NewUser(
            displayName: person.displayName, email: person.email, roles: roles,
            administrationID: administrationID)
        let created = officeHours(day)
        let slot = DemoSlot<User>()
        staff.append(
            StaffMember(
                slot: slot, roles: roles, administrationID: administrationID, email: person.email,
                created: created, sequence: userCount))
        userCount += 1
        timeline.schedule(at: created) { connection in
            slot.value = try UserStore(connection).insert(new, by: DemoSeed.actor, at: created)
        }
        return slot
    }

    /// A new person with an address at `domain` not used yet (`prenom.nom2@…` on a homonym).
    private mutating func newPerson(domain: String) throws -> Person {
        let feminine = random.chance(50)
        let first = random.element(of: feminine ? DemoNames.feminine : DemoNames.masculine)
        let last = random.element(of: DemoNames.last)
        let local = "\(DemoNames.slug(first)).\(DemoNames.slug(last))"
        var address = "\(local)@\(domain)"
        var homonym = 1
        while !usedEmails.insert(address).inserted {
            homonym += 1
            address = "\(local)\(homonym)@\(domain)"
        }
        return Person(displayName: "\(first) \(last)", email: try EmailAddress(address), feminine: feminine)
    }

    /// One to five skills of `trade`: its core skill at a high level, then others at any level.
    private mutating func skills(of trade: DemoProfile) -> [TalentSkill] {
        let count = min(random.element(of: [1, 2, 2, 3, 3, 3, 4, 4, 5]), trade.skills.count)
        let others = random.shuffled(Array(trade.skills.dropFirst())).prefix(count - 1)
        return [TalentSkill(trade.skills[0], random.element(of: [.mastery, .expert]))]
            + others.map { TalentSkill($0, random.element(of: SkillLevel.allCases)) }
    }

    private mutating func hoursPerMonth() -> Int {
        random.element(of: [4, 7, 7, 8, 10, 14, 14, 21])
    }
}
