public import Domain
import Notifications
import Persistence

extension Workflows {
    /// Creates an open *Vis mon job* edition (operator; audit `vmj.edition.created`).
    /// - Throws: ``AccessError``, ``VisMonJobError``, ``DateHorizonError`` (an event day more
    ///   than five years ahead); nothing is written then.
    public func createEdition(_ new: NewEdition, by caller: Caller) throws -> Versioned<Edition> {
        try database.write { try createEdition(new, by: caller, in: $0) }
    }

    /// ``createEdition(_:by:)`` inside the caller's write transaction (idempotent requests).
    public func createEdition(_ new: NewEdition, by caller: Caller, in transaction: Transaction) throws -> Versioned<
        Edition
    > {
        try createEdition(new, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func createEdition(_ new: NewEdition, by caller: Caller, in connection: Connection) throws -> Versioned<Edition> {
        try caller.require(.operator, to: "create a Vis mon job edition")
        try new.checkHorizon(today: clock.now.utcDate)
        return Versioned(try EditionStore(connection).insert(new, by: caller.actor, at: clock.now), revision: 1)
    }

    /// Every edition, the most recent first (public: editions hold no personal data).
    public func editions() throws -> [Versioned<Edition>] {
        try database.read { try EditionStore($0).all() }
    }

    /// The editions `selection` keeps today, the most recent first (public): the current one, or
    /// those open for registration (``EditionSelection``).
    public func editions(_ selection: EditionSelection) throws -> [Versioned<Edition>] {
        selection.select(try editions(), today: clock.now.utcDate) { $0.value }
    }

    /// The edition with `id` (public).
    /// - Throws: ``NotFoundError``.
    public func edition(_ id: EditionID) throws -> Versioned<Edition> {
        try database.read { try existingEdition(id, in: $0) }
    }

    /// Freezes registrations so the pairing can run (operator; open → matching; audit
    /// `vmj.edition.registrations-closed`).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``StaleRevisionError``, ``VisMonJobError``.
    public func closeRegistrations(_ id: EditionID, expectedRevision: Int?, by caller: Caller) throws -> Versioned<
        Edition
    > {
        try changeEdition(
            id, action: "vmj.edition.registrations-closed", expectedRevision: expectedRevision,
            by: caller, to: "close registrations"
        ) { edition, _, _ in
            try edition.closeRegistrations()
            return [:]
        }
    }

    /// Runs the stable pairing over the registered students and the ambassadors, replacing the
    /// previous preview (operator; matching; audit `vmj.edition.paired` with the counts).
    /// - Returns: the preview.
    /// - Throws: as ``closeRegistrations(_:expectedRevision:by:)``.
    public func runPairing(_ id: EditionID, expectedRevision: Int?, by caller: Caller) throws -> PairingPreview {
        try database.write { connection in
            let edition = try changeEdition(
                id, action: "vmj.edition.paired", expectedRevision: expectedRevision,
                by: caller, to: "run the pairing", in: connection
            ) { edition, now, connection in
                try edition.recordPairingRun(at: now)
                let students = try StudentStore(connection).registered(editionID: id)
                let ambassadors = try AmbassadorStore(connection).all(editionID: id)
                let result = StableMatching.pair(
                    students: students.map(PairingStudent.init),
                    ambassadors: ambassadors.map(PairingAmbassador.init))
                try PairStore(connection).replace(editionID: id, with: result, at: now)
                try StudentStore(connection).recordUnmatched(result.unmatched, editionID: id)
                return [
                    "students": String(students.count), "ambassadors": String(ambassadors.count),
                    "pairs": String(result.matches.count), "unmatched": String(result.unmatched.count)
                ]
            }
            return try pairingPreview(of: edition, in: connection)
        }
    }

    /// The pairs and unmatched students of an edition, as the last run (and adjustments) left
    /// them (operator).
    /// - Throws: ``NotFoundError``, ``AccessError``.
    public func pairingPreview(_ id: EditionID, by caller: Caller) throws -> PairingPreview {
        try database.read { connection in
            let edition = try existingEdition(id, in: connection)
            try caller.require(.operator, to: "read the pairing")
            return try pairingPreview(of: edition, in: connection)
        }
    }

    /// Moves `studentID` to `ambassadorID`, who must have room (operator; matching, after a
    /// run; audit `vmj.pair.adjusted` with both ambassadors' ids).
    /// - Parameter expectedRevision: the edition's revision (`If-Match`).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``StaleRevisionError``, ``VisMonJobError``.
    public func adjustPair(
        _ id: EditionID, studentID: StudentID, ambassadorID: AmbassadorID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> PairingPreview {
        try database.write { connection in
            let edition = try changeEdition(
                id, action: "vmj.edition.adjusted", expectedRevision: expectedRevision,
                by: caller, to: "adjust a pair", in: connection
            ) { edition, now, connection in
                try edition.require(.matching, to: "adjust a pair")
                guard edition.pairingRunAt != nil else { throw VisMonJobError.pairingNotRun }
                try adjust(
                    edition: edition, studentID: studentID, ambassadorID: ambassadorID, by: caller, at: now,
                    in: connection)
                return ["studentID": String(studentID.rawValue), "ambassadorID": String(ambassadorID.rawValue)]
            }
            return try pairingPreview(of: edition, in: connection)
        }
    }

    /// Publishes the pairing: both sides see their pair (operator; matching → paired; audit
    /// `vmj.edition.published`).
    /// - Throws: as ``closeRegistrations(_:expectedRevision:by:)``.
    public func publishPairing(_ id: EditionID, expectedRevision: Int?, by caller: Caller) throws -> Versioned<Edition>
    {
        try changeEdition(
            id, action: "vmj.edition.published", expectedRevision: expectedRevision, by: caller,
            to: "publish the pairing"
        ) { edition, now, connection in
            try edition.publishPairing()
            try notifyPairs(of: edition, in: connection, at: now)
            return [:]
        }
    }

    /// Tells both sides of every pair of `edition` that their pair is published.
    private func notifyPairs(of edition: Edition, in connection: Connection, at now: Instant) throws {
        let outbox = Outbox(connection)
        for stored in try PairStore(connection).all(editionID: edition.id) {
            let pair = stored.value
            guard let ambassador = try AmbassadorStore(connection).find(pair.ambassadorID)?.value,
                let user = try UserStore(connection).find(ambassador.userID),
                let student = try StudentStore(connection).find(pair.studentID)?.value
            else {
                preconditionFailure("pair \(pair.id) without its ambassador or student")
            }
            try outbox.visMonJobPairPublished(
                pairID: pair.id.rawValue, eventDay: pair.day(in: edition), revision: stored.revision,
                ambassador: Recipient(user),
                student: Recipient(userID: nil, email: student.registration.email),
                at: now)
        }
    }

    /// Closes the edition from its event day on (operator; paired → done; audit `vmj.edition.done`).
    /// - Throws: as ``closeRegistrations(_:expectedRevision:by:)``.
    public func completeEdition(_ id: EditionID, expectedRevision: Int?, by caller: Caller) throws -> Versioned<Edition>
    {
        try changeEdition(
            id, action: "vmj.edition.done", expectedRevision: expectedRevision, by: caller,
            to: "mark the edition done"
        ) { edition, now, _ in
            try edition.complete(today: now.utcDate)
            return [:]
        }
    }

    /// The edition with `id` read on `connection`.
    func existingEdition(_ id: EditionID, in connection: Connection) throws -> Versioned<Edition> {
        guard let edition = try EditionStore(connection).find(id) else { throw NotFoundError("edition", id: id) }
        return edition
    }

    /// One operator change of an edition in its own write transaction.
    private func changeEdition(
        _ id: EditionID, action: String, expectedRevision: Int?, by caller: Caller,
        to purpose: String,
        _ change: (inout Edition, Instant, Connection) throws -> [String: String]
    )
        throws -> Versioned<Edition>
    {
        try database.write {
            try changeEdition(
                id, action: action, expectedRevision: expectedRevision, by: caller, to: purpose, in: $0,
                change)
        }
    }

    /// Checks in the API's order, existence (404), rights (403), `If-Match` (412), then the rule.
    private func changeEdition(
        _ id: EditionID, action: String, expectedRevision: Int?, by caller: Caller,
        to purpose: String, in connection: Connection,
        _ change: (inout Edition, Instant, Connection) throws -> [String: String]
    )
        throws -> Versioned<Edition>
    {
        let stored = try existingEdition(id, in: connection)
        try caller.require(.operator, to: purpose)
        try stored.check(expected: expectedRevision, subject: "edition")
        var edition = stored.value
        let now = clock.now
        let details = try change(&edition, now, connection)
        let revision = try EditionStore(connection).update(
            edition, action: action, details: details,
            expectedRevision: expectedRevision, by: caller.actor, at: now)
        return Versioned(edition, revision: revision)
    }

    private func adjust(
        edition: Edition, studentID: StudentID, ambassadorID: AmbassadorID, by caller: Caller,
        at now: Instant, in connection: Connection
    ) throws {
        guard let student = try StudentStore(connection).find(studentID), student.value.editionID == edition.id else {
            throw NotFoundError("student", id: studentID, field: "studentID")
        }
        guard let ambassador = try AmbassadorStore(connection).find(ambassadorID),
            ambassador.value.editionID == edition.id
        else {
            throw NotFoundError("ambassador", id: ambassadorID, field: "ambassadorID")
        }
        let pairs = PairStore(connection)
        let hosted = try pairs.all(ambassadorID: ambassadorID).filter { $0.value.studentID != studentID }
        guard hosted.count < ambassador.value.profile.capacity else {
            throw VisMonJobError.ambassadorFull(ambassadorID)
        }
        let fit = PairFit(student: PairingStudent(student.value), ambassador: PairingAmbassador(ambassador.value))
        if let current = try pairs.find(studentID: studentID) {
            var pair = current.value
            let previous = pair.ambassadorID
            pair.ambassadorID = ambassadorID
            pair.fit = fit
            pair.manual = true
            try pairs.update(
                pair, action: "vmj.pair.adjusted",
                details: ["previousAmbassadorID": String(previous.rawValue)], expectedRevision: nil,
                by: caller.actor, at: now)
        } else {
            _ = try pairs.insert(
                editionID: edition.id, studentID: studentID, ambassadorID: ambassadorID, fit: fit,
                by: caller.actor, at: now)
        }
        var reasons = Dictionary(
            uniqueKeysWithValues: try StudentStore(connection).registered(editionID: edition.id)
                .compactMap { student in student.unmatchedReason.map { (student.id, $0) } })
        reasons[studentID] = nil
        try StudentStore(connection).recordUnmatched(reasons, editionID: edition.id)
    }
}
