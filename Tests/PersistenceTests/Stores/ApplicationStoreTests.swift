import Domain
import Persistence
import TestSupport
import Testing

@Suite("ApplicationStore")
struct ApplicationStoreTests {
    /// Submits an application of `talent` to the seed's mission at ``Fixture/now``.
    private func submit(
        _ talent: Talent, _ seed: Seed, in pool: DatabasePool,
        motivation: String = "J'ai conduit la refonte d'une API similaire."
    ) throws -> Application {
        try pool.write {
            try ApplicationStore($0).submit(
                missionID: seed.mission.id, talentID: talent.id, motivation: motivation,
                by: .user(talent.userID), at: Fixture.now)
        }
    }

    /// Saves `application` with `action` in its own transaction.
    private func save(
        _ application: Application, _ action: String, in pool: DatabasePool,
        at instant: Instant = Fixture.now.adding(days: 2)
    ) throws {
        try pool.write {
            _ = try ApplicationStore($0).update(application, action: action, by: Fixture.actor, at: instant)
        }
    }

    @Test("a submitted application round-trips with its 14-day due date")
    func submitRoundTrip() throws {
        try withSeededDatabase { pool, seed throws in
            let application = try submit(seed.talent, seed, in: pool, motivation: "  Motivée « et » disponible.  ")
            #expect(application.motivation == "Motivée « et » disponible.")
            #expect(application.state == .submitted && application.submittedAt == Fixture.now)
            try pool.read { connection throws in
                let store = ApplicationStore(connection)
                #expect(try store.find(application.id) == application)
                #expect(try store.find(ApplicationID(99)) == nil)
                #expect(try store.all(missionID: seed.mission.id) == [application])
                #expect(
                    try connection.scalar(
                        "SELECT due_at FROM applications WHERE id = ?", application.id,
                        as: Instant.self) == Fixture.now.adding(days: 14))
            }
        }
    }

    @Test("an interview, then an acceptance, persist with the first answer's time")
    func interviewAndAcceptance() throws {
        try withSeededDatabase { pool, seed throws in
            var application = try submit(seed.talent, seed, in: pool)
            let proposedAt = Fixture.now.adding(days: 2)
            let interview = Interview(
                at: Fixture.now.adding(days: 5, hours: 5, milliseconds: 500),
                means: " Visioconférence (lien envoyé par courriel) ")
            try application.proposeInterview(interview, at: proposedAt)
            try save(application, "application.interview-proposed", in: pool, at: proposedAt)
            var found = try pool.read { try ApplicationStore($0).find(application.id) }
            #expect(found == application)
            #expect(
                found?.state
                    == .interviewProposed(
                        Interview(
                            at: interview.at,
                            means: "Visioconférence (lien envoyé par courriel)")))
            try application.accept(at: proposedAt.adding(days: 4))
            try save(application, "application.accepted", in: pool, at: proposedAt.adding(days: 4))
            found = try pool.read { try ApplicationStore($0).find(application.id) }
            #expect(found == application)
            #expect(found?.state == .accepted && found?.answeredAt == proposedAt)
        }
    }

    @Test("a decline persists every reason code, with or without text", arguments: ReasonCode.allCases)
    func decline(_ code: ReasonCode) throws {
        try withSeededDatabase { pool, seed throws in
            let text: String? = code == .profileDoesNotFit ? nil : "Motif détaillé : « \(code.rawValue) »."
            var application = try submit(seed.talent, seed, in: pool)
            try application.decline(reason: try CodedReason(code, text: text), at: Fixture.now.adding(days: 1))
            try save(application, "application.declined", in: pool)
            let found = try pool.read { try ApplicationStore($0).find(application.id) }
            #expect(found == application)
            #expect(found?.state == .declined(try CodedReason(code, text: text)))
            #expect(found?.answeredAt == Fixture.now.adding(days: 1))
        }
    }

    @Test("a withdrawal persists every reason code and leaves the answer time unset", arguments: ReasonCode.allCases)
    func withdraw(_ code: ReasonCode) throws {
        try withSeededDatabase { pool, seed throws in
            var application = try submit(seed.talent, seed, in: pool)
            try application.withdraw(
                reason: try CodedReason(code, text: "Raison : \(code.rawValue)"),
                at: Fixture.now.adding(hours: 3))
            try save(application, "application.withdrawn", in: pool)
            let found = try pool.read { try ApplicationStore($0).find(application.id) }
            #expect(found == application)
            #expect(found?.state.status == .withdrawn && found?.answeredAt == nil)
        }
    }

    @Test("every write appends exactly one audit event with the right action, subject, actor and time")
    func auditEvents() throws {
        try withSeededDatabase { pool, seed throws in
            var application = try submit(seed.talent, seed, in: pool)
            let declinedAt = Fixture.now.adding(days: 3)
            try application.decline(reason: try CodedReason(.missionFilled), at: declinedAt)
            let before = try pool.read { try $0.count("audit_events") }
            try pool.write {
                _ = try ApplicationStore($0).update(
                    application, action: "application.declined",
                    by: .user(seed.owner.id), at: declinedAt)
            }
            #expect(try pool.read { try $0.count("audit_events") } == before + 1)
            let mission = String(seed.mission.id.rawValue)
            let events = try pool.read {
                try AuditLog($0).events(subjectType: "application", subjectID: application.id.rawValue)
            }
            #expect(
                events == [
                    AuditEvent(
                        action: "application.submitted", subjectType: "application",
                        subjectID: application.id.rawValue, actor: .user(seed.talentUser.id), at: Fixture.now,
                        details: ["status": "submitted", "missionID": mission]),
                    AuditEvent(
                        action: "application.declined", subjectType: "application",
                        subjectID: application.id.rawValue, actor: .user(seed.owner.id), at: declinedAt,
                        details: ["status": "declined", "missionID": mission, "reason": "mission-filled"])
                ])
        }
    }

    @Test("a transaction that throws after a submission or an update keeps neither the change nor its event")
    func rollback() throws {
        try withSeededDatabase { pool, seed throws in
            let eventsBefore = try pool.read { try $0.count("audit_events") }
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    _ = try ApplicationStore(connection).submit(
                        missionID: seed.mission.id, talentID: seed.talent.id,
                        motivation: "Disponible.", by: Fixture.actor,
                        at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            try pool.read { connection throws in
                #expect(try connection.count("applications") == 0)
                #expect(try connection.count("audit_events") == eventsBefore)
            }
            let application = try submit(seed.talent, seed, in: pool)
            var accepted = application
            try accepted.accept(at: Fixture.now.adding(days: 1))
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection throws in
                    try ApplicationStore(connection).update(
                        accepted, action: "application.accepted",
                        by: Fixture.actor, at: Fixture.now.adding(days: 1))
                    throw AbortTransaction()
                }
            }
            try pool.read { connection throws in
                #expect(try ApplicationStore(connection).find(application.id) == application)
                #expect(try connection.count("audit_events") == eventsBefore + 1)
            }
        }
    }

    @Test("a second live application is ApplicationError.alreadyApplied")
    func alreadyApplied() throws {
        try withSeededDatabase { pool, seed throws in
            var first = try submit(seed.talent, seed, in: pool)
            #expect(throws: ApplicationError.alreadyApplied(first.id)) { try submit(seed.talent, seed, in: pool) }
            try first.proposeInterview(
                Interview(at: Fixture.now.adding(days: 4), means: "Téléphone"),
                at: Fixture.now.adding(days: 1))
            try save(first, "application.interview-proposed", in: pool)
            #expect(throws: ApplicationError.alreadyApplied(first.id)) { try submit(seed.talent, seed, in: pool) }
            try first.accept(at: Fixture.now.adding(days: 2))
            try save(first, "application.accepted", in: pool)
            #expect(throws: ApplicationError.alreadyApplied(first.id)) { try submit(seed.talent, seed, in: pool) }
            #expect(try pool.read { try $0.count("applications") } == 1)
        }
    }

    @Test("a live row written behind the store's back is seen by submit")
    func liveRowInsertedBySQL() throws {
        try withSeededDatabase { pool, seed throws in
            let rawID: Int64 = 40
            try pool.write { connection throws in
                try connection.run(
                    """
                    INSERT INTO applications(id, mission_id, talent_id, motivation, status, submitted_at, due_at,
                        updated_at) VALUES (?, ?, ?, 'Ligne écrite en SQL', 'submitted', ?, ?, ?)
                    """, rawID, seed.mission.id, seed.talent.id, Fixture.now, Fixture.now.adding(days: 14), Fixture.now)
            }
            #expect(throws: ApplicationError.alreadyApplied(ApplicationID(rawID))) {
                try submit(seed.talent, seed, in: pool)
            }
        }
    }

    @Test("the partial unique index refuses a second live row when the domain check is bypassed")
    func uniqueIndex() throws {
        try withSeededDatabase { pool, seed throws in
            var first = try submit(seed.talent, seed, in: pool)
            try first.withdraw(reason: try CodedReason(.noLongerAvailable), at: Fixture.now.adding(hours: 1))
            try save(first, "application.withdrawn", in: pool)
            let second = try submit(seed.talent, seed, in: pool)
            let eventsBefore = try pool.read { try $0.count("audit_events") }

            // Bypass the domain: bring the withdrawn application back to life through the store.
            let revived = Application(
                id: first.id, missionID: first.missionID, talentID: first.talentID,
                motivation: first.motivation, state: .submitted, submittedAt: first.submittedAt,
                answeredAt: nil, updatedAt: Fixture.now.adding(days: 1))
            #expect(throws: ApplicationError.alreadyApplied(second.id)) {
                try save(revived, "application.revived", in: pool)
            }
            // And with plain SQL: the index itself answers.
            let error = #expect(throws: SQLiteError.self) {
                try pool.write { connection throws in
                    try connection.run(
                        "UPDATE applications SET status = 'submitted', reason_code = NULL WHERE id = ?",
                        first.id)
                }
            }
            #expect(error?.constraintKind == .unique)
            try pool.read { connection throws in
                #expect(try ApplicationStore(connection).find(first.id) == first)
                #expect(try connection.count("audit_events") == eventsBefore)
            }
        }
    }

    @Test("a withdrawn or declined application allows a new one")
    func reapply() throws {
        try withSeededDatabase { pool, seed throws in
            var first = try submit(seed.talent, seed, in: pool)
            try first.withdraw(
                reason: try CodedReason(.other, text: "Changement de service"),
                at: Fixture.now.adding(hours: 1))
            try save(first, "application.withdrawn", in: pool)
            var second = try submit(seed.talent, seed, in: pool)
            try second.decline(reason: try CodedReason(.profileDoesNotFit), at: Fixture.now.adding(hours: 2))
            try save(second, "application.declined", in: pool)
            let third = try submit(seed.talent, seed, in: pool)
            #expect(Set([first.id, second.id, third.id]).count == 3)
            let all = try pool.read { try ApplicationStore($0).all(missionID: seed.mission.id) }
            #expect(all == [first, second, third])
        }
    }

    @Test("awaitingAnswer lists unanswered submissions due before the instant, oldest first")
    func awaitingAnswer() throws {
        try withSeededDatabase { pool, seed throws in
            let other = try pool.write { try seed.addTalent(2, in: $0) }
            let third = try pool.write { try seed.addTalent(3, in: $0) }
            let waiting = try submit(seed.talent, seed, in: pool)
            let later = try pool.write {
                try ApplicationStore($0).submit(
                    missionID: seed.mission.id, talentID: other.id, motivation: "Oui.",
                    by: Fixture.actor, at: Fixture.now.adding(days: 1))
            }
            var answered = try pool.write {
                try ApplicationStore($0).submit(
                    missionID: seed.mission.id, talentID: third.id, motivation: "Oui.",
                    by: Fixture.actor, at: Fixture.now)
            }
            try answered.proposeInterview(
                Interview(at: Fixture.now.adding(days: 3), means: "Visio"),
                at: Fixture.now.adding(days: 1))
            try save(answered, "application.interview-proposed", in: pool)
            try pool.read { connection throws in
                let store = ApplicationStore(connection)
                #expect(try store.awaitingAnswer(dueBefore: Fixture.now.adding(days: 14)).isEmpty)
                #expect(try store.awaitingAnswer(dueBefore: Fixture.now.adding(days: 14, milliseconds: 1)) == [waiting])
                #expect(try store.awaitingAnswer(dueBefore: Fixture.now.adding(days: 30)) == [waiting, later])
            }
        }
    }

    @Test("an unknown mission, talent or application is a NotFoundError naming the field")
    func notFound() throws {
        try withSeededDatabase { pool, seed throws in
            #expect(throws: NotFoundError("mission", key: "99", field: "missionID")) {
                try pool.write {
                    try ApplicationStore($0).submit(
                        missionID: 99, talentID: seed.talent.id,
                        motivation: "Oui.", by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(throws: NotFoundError("talent", key: "99", field: "talentID")) {
                try pool.write {
                    try ApplicationStore($0).submit(
                        missionID: seed.mission.id, talentID: 99,
                        motivation: "Oui.", by: Fixture.actor, at: Fixture.now)
                }
            }
            let ghost = Application(
                id: 99, missionID: seed.mission.id, talentID: seed.talent.id, motivation: "Oui.",
                state: .accepted, submittedAt: Fixture.now, answeredAt: Fixture.now,
                updatedAt: Fixture.now)
            #expect(throws: NotFoundError("application", key: "99")) {
                try save(ghost, "application.accepted", in: pool)
            }
            #expect(try pool.read { try $0.count("applications") } == 0)
        }
    }

    @Test("domain rules on submission are checked against the stored mission")
    func domainRules() throws {
        try withSeededDatabase { pool, seed throws in
            let draft = try pool.write {
                try MissionStore($0).insert(
                    administrationID: seed.ministry.id, ownerID: seed.owner.id,
                    details: .make(), by: Fixture.actor, at: Fixture.now)
            }
            #expect(throws: ApplicationError.missionNotPublished(.draft)) {
                try pool.write {
                    try ApplicationStore($0).submit(
                        missionID: draft.id, talentID: seed.talent.id,
                        motivation: "Oui.", by: Fixture.actor, at: Fixture.now)
                }
            }
            let ownerAsTalent = try pool.write {
                try TalentStore($0).insert(
                    userID: seed.owner.id, profile: .make(employerID: seed.directorate.id),
                    by: Fixture.actor, at: Fixture.now)
            }
            #expect(throws: ApplicationError.ownMission) {
                try pool.write {
                    try ApplicationStore($0).submit(
                        missionID: seed.mission.id, talentID: ownerAsTalent.id,
                        motivation: "Oui.", by: Fixture.actor, at: Fixture.now)
                }
            }
            #expect(
                throws: ApplicationError.deadlinePassed(
                    deadline: Fixture.date("2026-03-31"),
                    today: Fixture.date("2026-04-01"))
            ) {
                try pool.write {
                    try ApplicationStore($0).submit(
                        missionID: seed.mission.id, talentID: seed.talent.id,
                        motivation: "Oui.", by: Fixture.actor,
                        at: Instant(utc: Fixture.date("2026-04-01")))
                }
            }
            #expect(try pool.read { try $0.count("applications") } == 0)
        }
    }
}
