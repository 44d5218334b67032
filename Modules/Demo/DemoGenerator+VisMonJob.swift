import Domain
import Support
import Workflows

// A Vis mon job edition whose day took place two weeks ago: ambassadors (the first talent among
// them), students, coaching slots booked, the pairing published, most days done with feedback.

extension DemoGenerator {
    /// Plans the edition, through the use cases of Workflows.
    mutating func planVisMonJob(cast: Cast, eligible: [Int]) throws {
        let operatorUser = cast.operatorUser.slot
        let eventDay = -14
        let new = NewEdition(
            name: "Vis mon job — édition \(date(eventDay).year)", eventDay: date(eventDay),
            registrationOpens: date(-75), registrationCloses: date(-35))
        let edition = DemoSlot<EditionID>()
        call(day: -80, hour: 10) { workflows in
            edition.value = try workflows.createEdition(new, by: .user(operatorUser.value)).value.id
        }
        // Coaching before the day, which the ambassadors book.
        let slots = [DemoSlot<CoachingSlotID>(), DemoSlot<CoachingSlotID>()]
        let starts = [Instant(utc: date(-45), hour: 14), Instant(utc: date(-38), hour: 10)]
        for (slot, start) in zip(slots, starts) {
            call(day: -60, hour: 11) { workflows in
                slot.value =
                    try workflows.publishCoachingSlot(
                        in: edition.value, startsAt: start, capacity: 4, by: .user(operatorUser.value)
                    ).id
            }
        }
        let others = random.shuffled(eligible.filter { $0 != cast.talent }).prefix(DemoSeed.ambassadorCount - 1)
        let hosts = [cast.talent] + others
        /// The ambassadors' accounts by ambassador id, and the students' tokens by student id.
        let ambassadors = DemoSlot<[AmbassadorID: User]>()
        ambassadors.value = [:]
        let tokens = DemoSlot<[StudentID: String]>()
        tokens.value = [:]
        for (rank, index) in hosts.enumerated() {
            let family = random.element(of: JobFamily.allCases.filter { $0 != .other })
            let departement = talents[index].profile.departement
            let profile = AmbassadorProfile(
                jobFamily: family, departement: departement,
                city: DemoEngagementTexts.cities[departement.code] ?? "Paris",
                capacity: rank % 3 == 0 ? 2 : 1, description: random.element(of: DemoEngagementTexts.ambassadorDays))
            let user = talents[index].user
            call(day: -70 + rank * 3, hour: 12) { workflows in
                let ambassador = try workflows.registerAmbassador(profile, in: edition.value, by: .user(user.value))
                ambassadors.value[ambassador.value.id] = user.value
            }
            if rank < 4 {
                let slot = slots[rank % 2]
                call(day: -52 + rank, hour: 13) { workflows in
                    _ = try workflows.bookCoachingSlot(slot.value, by: .user(user.value))
                }
            }
            // The students who wish this job in this département: as many as the ambassador receives.
            for student in 0..<profile.capacity {
                let feminine = random.chance(50)
                let first = random.element(of: feminine ? DemoNames.feminine : DemoNames.masculine)
                let last = random.element(of: DemoNames.last)
                let email = try EmailAddress(
                    "\(DemoNames.slug(first)).\(DemoNames.slug(last))\(rank)\(student)@etudiant.univ.fr")
                let other = random.element(of: JobFamily.allCases.filter { $0 != family })
                let registration = StudentRegistration(
                    school: random.element(of: DemoEngagementTexts.schools),
                    level: random.element(of: StudyLevel.allCases), wishes: [family, other],
                    departements: [departement], administrations: [], email: email)
                call(day: -66 + rank * 3 + student, hour: 19) { workflows in
                    let enrolment = try workflows.registerStudent(registration, in: edition.value)
                    tokens.value[enrolment.student.value.id] = enrolment.token
                }
            }
        }
        call(day: -34, hour: 9) { workflows in
            _ = try workflows.closeRegistrations(edition.value, expectedRevision: nil, by: .user(operatorUser.value))
        }
        call(day: -33, hour: 9) { workflows in
            _ = try workflows.runPairing(edition.value, expectedRevision: nil, by: .user(operatorUser.value))
        }
        call(day: -32, hour: 9) { workflows in
            _ = try workflows.publishPairing(edition.value, expectedRevision: nil, by: .user(operatorUser.value))
        }
        // After the day: the operator records the days done, both sides leave feedback; the
        // last pair's day is left to record.
        let ambassadorSays = PairFeedback(rating: 5, comment: random.element(of: DemoEngagementTexts.dayFeedback))
        let studentSays = PairFeedback(rating: 4, comment: random.element(of: DemoEngagementTexts.dayFeedback))
        call(day: -12, hour: 10) { workflows in
            let caller = Caller.user(operatorUser.value)
            let pairs = try workflows.pairingPreview(edition.value, by: caller).pairs.map(\.pair)
            for pair in pairs.dropLast() {
                _ = try workflows.markPairDone(pair.id, expectedRevision: nil, by: caller)
                if let host = ambassadors.value[pair.ambassadorID] {
                    _ = try workflows.leaveFeedback(ambassadorSays, on: pair.id, by: .user(host))
                }
                if let token = tokens.value[pair.studentID] {
                    _ = try workflows.leaveFeedback(studentSays, token: token)
                }
            }
        }
    }
}
