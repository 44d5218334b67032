import Domain
import Gamification
import Persistence
import Testing
import Workflows

@Suite("Distinctions")
struct DistinctionWorkflowTests {
    /// Completes a new agreement of `talent` for `administration` through the hook, a minute later.
    @discardableResult
    static func completeMission(
        _ world: RecognitionWorld, _ talent: Talent, for administration: Administration,
        nature: MissionNature = .support
    ) throws -> Int64 {
        world.clock.advance(minutes: 1)
        return try world.database.write { connection in
            let agreement = try world.agreement(
                talent, for: administration, owner: world.ownerB, nature: nature,
                in: connection)
            try world.complete(agreement, at: world.clock.now, in: connection)
            try Recognition.agreementCompleted(
                agreementID: agreement, in: connection, at: world.clock.now,
                rules: world.rules)
            return agreement
        }
    }

    static func codes(_ world: RecognitionWorld, _ user: User) throws -> [DistinctionCode] {
        try world.distinctions(of: user).map(\.code)
    }

    @Test("first, three and ten missions: each earned by the completion that reaches it, never twice")
    func missionCounts() throws {
        try RecognitionWorld.with { world in
            let first = try Self.completeMission(world, world.camilleTalent, for: world.ministryB)
            #expect(
                try world.distinctions(of: world.camille)
                    == [DistinctionAward(.firstMission, event: DistinctionEvent(.agreementCompleted, recordID: first))])
            // The hook again for the same completion: nothing new.
            try world.database.write {
                try Recognition.agreementCompleted(agreementID: first, in: $0, at: world.clock.now, rules: world.rules)
            }
            #expect(try world.count("distinctions") == 1 && world.count("badge_assertions") == 1)
            try Self.completeMission(world, world.camilleTalent, for: world.ministryB)
            #expect(try !Self.codes(world, world.camille).contains(.threeMissions))
            let third = try Self.completeMission(world, world.camilleTalent, for: world.ministryB)
            #expect(
                try world.distinctions(of: world.camille).first { $0.code == .threeMissions }?.event.recordID == third)
            for _ in 4...9 { try Self.completeMission(world, world.camilleTalent, for: world.ministryB) }
            #expect(try !Self.codes(world, world.camille).contains(.tenMissions))
            let tenth = try Self.completeMission(world, world.camilleTalent, for: world.ministryB)
            #expect(
                try world.distinctions(of: world.camille).first { $0.code == .tenMissions }?.event.recordID == tenth)
            #expect(try world.count("distinctions") == 3)
        }
    }

    @Test("hour distinctions are earned by the validation that reaches 50 hours, not before")
    func hours() throws {
        try RecognitionWorld.with { world in
            let agreement = try world.database.write {
                try world.agreement(world.camilleTalent, for: world.ministryB, owner: world.ownerB, in: $0)
            }
            func validate(_ minutes: Int) throws -> Int64 {
                world.clock.advance(minutes: 1)
                return try world.database.write { connection in
                    let report = try world.report(on: agreement, minutes: minutes, at: world.clock.now, in: connection)
                    try Recognition.timeReportValidated(
                        timeReportID: report, in: connection, at: world.clock.now,
                        rules: world.rules)
                    return report
                }
            }
            for _ in 0..<2 { _ = try validate(1440) }
            _ = try validate(119)
            #expect(try Self.codes(world, world.camille) == [])
            let crossing = try validate(1)
            #expect(
                try world.distinctions(of: world.camille)
                    == [
                        DistinctionAward(.fiftyHours, event: DistinctionEvent(.timeReportValidated, recordID: crossing))
                    ])
            _ = try validate(60)
            #expect(try world.count("distinctions") == 1)
        }
    }

    @Test("mentor and cross-ministry through completions")
    func mentorAndCrossMinistry() throws {
        try RecognitionWorld.with { world in
            try Self.completeMission(world, world.camilleTalent, for: world.ministryB)
            // The directorate belongs to the first ministry: still two ministries.
            try Self.completeMission(world, world.camilleTalent, for: world.directorateA)
            #expect(try !Self.codes(world, world.camille).contains(.crossMinistry))
            let third = try Self.completeMission(
                world, world.camilleTalent, for: world.ministryC, nature: .skillTransfer)
            let awards = try world.distinctions(of: world.camille)
            #expect(awards.first { $0.code == .crossMinistry }?.event.recordID == third)
            #expect(awards.first { $0.code == .mentor }?.event.recordID == third)
        }
    }

    @Test("quick answer: the owner's tenth application answered within 48 hours")
    func quickAnswer() throws {
        try RecognitionWorld.with { world in
            let mission = try world.database.write {
                try world.mission(of: world.ministryB, owner: world.ownerB, in: $0)
            }
            // Answered now, submitted `hours` earlier (and a millisecond more when late).
            func answer(after hours: Int, late: Bool = false) throws -> Int64 {
                world.clock.advance(minutes: 1)
                let answered = world.clock.now
                return try world.database.write { connection in
                    // Declined, so the same talent may apply again (one live application per mission).
                    let application = try world.application(
                        to: mission, by: world.dominiqueTalent,
                        submittedAt: answered.adding(hours: -hours, milliseconds: late ? -1 : 0), answeredAt: answered,
                        accepted: false, in: connection)
                    try Recognition.applicationAnswered(applicationID: application, in: connection, at: answered)
                    return application
                }
            }
            for _ in 0..<9 { _ = try answer(after: 48) }
            _ = try answer(after: 48, late: true)
            #expect(try Self.codes(world, world.ownerB) == [])
            let tenth = try answer(after: 2)
            #expect(
                try world.distinctions(of: world.ownerB)
                    == [DistinctionAward(.quickAnswer, event: DistinctionEvent(.applicationAnswered, recordID: tenth))])
            _ = try answer(after: 1)
            #expect(try world.count("distinctions") == 1)
        }
    }

    @Test("Vis mon job ambassador, once")
    func ambassador() throws {
        try RecognitionWorld.with { world in
            let first = try world.database.write {
                try Recognition.visMonJobDayDone(
                    userID: world.camille.id.rawValue, eventID: 12, in: $0, at: world.clock.now)
            }
            let second = try world.database.write {
                try Recognition.visMonJobDayDone(
                    userID: world.camille.id.rawValue, eventID: 13, in: $0, at: world.clock.now)
            }
            #expect(first && !second)
            #expect(
                try world.distinctions(of: world.camille)
                    == [
                        DistinctionAward(.visMonJobAmbassador, event: DistinctionEvent(.visMonJobDayDone, recordID: 12))
                    ])
        }
    }

    @Test("recompute awards what the events earned, the same set as the hooks, and nothing the second time")
    func recompute() throws {
        // The same history, once through the hooks and once written without them.
        func history(_ world: RecognitionWorld, hooks: Bool) throws {
            for (index, administration) in [world.ministryB, world.ministryC, world.directorateA].enumerated() {
                world.clock.advance(minutes: 1)
                try world.database.write { connection in
                    let agreement = try world.agreement(
                        world.camilleTalent, for: administration, owner: world.ownerC,
                        nature: index == 1 ? .skillTransfer : .advice, in: connection)
                    let report = try world.report(on: agreement, minutes: 1100, at: world.clock.now, in: connection)
                    try world.complete(agreement, at: world.clock.now, in: connection)
                    guard hooks else { return }
                    try Recognition.timeReportValidated(
                        timeReportID: report, in: connection, at: world.clock.now,
                        rules: world.rules)
                    try Recognition.agreementCompleted(
                        agreementID: agreement, in: connection, at: world.clock.now,
                        rules: world.rules)
                }
            }
        }
        let viaHooks = try RecognitionWorld.with { world in
            try history(world, hooks: true)
            let recomputed = try world.workflows.recomputeDistinctions(by: .commandLine)
            #expect(recomputed.awarded.isEmpty && recomputed.unsupported.isEmpty)
            return try world.distinctions(of: world.camille)
        }
        #expect(Set(viaHooks.map(\.code)) == [.firstMission, .threeMissions, .fiftyHours, .mentor, .crossMinistry])
        try RecognitionWorld.with { world in
            try history(world, hooks: false)
            #expect(throws: AccessError.self) { try world.workflows.recomputeDistinctions(by: .user(world.referentA)) }
            let first = try world.workflows.recomputeDistinctions(by: .user(world.operatorUser))
            // Camille, and the owner whose applications were answered (nothing earned).
            #expect(first.awarded.count == 5 && first.usersEvaluated == 2)
            #expect(try world.distinctions(of: world.camille) == viaHooks)
            let second = try world.workflows.recomputeDistinctions(by: .commandLine)
            #expect(second.awarded.isEmpty && second.unsupported.isEmpty)
            #expect(try world.distinctions(of: world.camille) == viaHooks)
        }
    }

    @Test("a talent's distinctions are the talent's and the operator's")
    func access() throws {
        try RecognitionWorld.with { world in
            try Self.completeMission(world, world.camilleTalent, for: world.ministryB)
            let talent = world.camilleTalent.id
            #expect(
                try world.workflows.distinctions(ofTalent: talent, by: .user(world.camille)).map(\.code) == [
                    .firstMission
                ])
            #expect(try world.workflows.distinctions(ofTalent: talent, by: .user(world.operatorUser)).count == 1)
            #expect(throws: NotFoundError.self) {
                try world.workflows.distinctions(ofTalent: talent, by: .user(world.ownerB))
            }
            #expect(try world.workflows.myDistinctions(by: .user(world.camille)).count == 1)
            #expect(world.workflows.distinctionCatalogue().count == DistinctionCode.allCases.count)
        }
    }

    @Test("the schema's CHECK lists accept every code and event kind the Swift enums know")
    func storedEnums() throws {
        try RecognitionWorld.with { world in
            let kinds = DistinctionEvent.Kind.allCases
            try world.database.write { connection in
                for (index, code) in DistinctionCode.allCases.enumerated() {
                    let event = DistinctionEvent(kinds[index % kinds.count], recordID: Int64(index))
                    let awarded = try DistinctionStore(connection).award(
                        DistinctionAward(code, event: event),
                        to: world.camille.id, by: .commandLine,
                        at: world.clock.now)
                    #expect(awarded, "\(code)")
                }
            }
            #expect(try world.distinctions(of: world.camille).map(\.code) == DistinctionCode.allCases)
            #expect(throws: SQLiteError.self) {
                try world.database.write {
                    try $0.run(
                        "INSERT INTO distinctions(user_id, code, event_kind, awarded_at) VALUES (?, 'x', 'y', 0)",
                        world.dominique.id)
                }
            }
        }
    }
}
