public import Domain
import Persistence
import Support

extension Workflows {
    /// A student's registration as first returned: the private access token, shown once.
    public struct StudentEnrolment: Sendable {
        /// The token that reaches the registration; only its SHA-256 hash is stored.
        public let token: String
        /// The registration and its revision.
        public let student: Versioned<Student>
    }

    /// Who a student is in the audit trail: they have no account, so a fixed actor and the
    /// student's id as the event's subject.
    static let studentActor = Actor.system("vmj-student")

    /// Registers a student (no account) to an open edition within its registration dates and
    /// returns their private access token (audit `vmj.student.registered`, without personal data);
    /// the token is also e-mailed to the student as the link of their private page, through the
    /// outbox in the same transaction.
    /// - Throws: ``NotFoundError``, ``VisMonJobError``; nothing is written then.
    public func registerStudent(_ registration: StudentRegistration, in editionID: EditionID) throws -> StudentEnrolment
    {
        let token = SecureRandom.token()
        let student = try database.write { connection in
            let edition = try existingEdition(editionID, in: connection).value
            try edition.checkRegistration(today: clock.now.utcDate)
            try checkAdministrations(registration.administrations, in: connection)
            let student = try StudentStore(connection).insert(
                editionID: editionID, registration, tokenHash: Self.hash(token),
                by: Self.studentActor, at: clock.now)
            try Outbox(connection).visMonJobStudentRegistered(
                email: student.registration.email, token: token, registrationCloses: edition.registrationCloses,
                at: clock.now)
            return student
        }
        return StudentEnrolment(token: token, student: Versioned(student, revision: 1))
    }

    /// The registration the token reaches.
    /// - Throws: ``AuthenticationError/invalidToken`` for an unknown token (or a withdrawn registration).
    public func studentRegistration(token: String) throws -> Versioned<Student> {
        try database.read { try authenticatedStudent(token, in: $0) }
    }

    /// Replaces the registration while the edition is open (audit `vmj.student.updated`).
    /// - Throws: ``AuthenticationError``, ``StaleRevisionError``, ``VisMonJobError``.
    public func updateStudent(
        token: String, _ registration: StudentRegistration,
        expectedRevision: Int?
    ) throws -> Versioned<Student> {
        try database.write { connection in
            let stored = try authenticatedStudent(token, in: connection)
            try stored.check(expected: expectedRevision, subject: "student")
            try existingEdition(stored.value.editionID, in: connection).value.require(
                .open, to: "change a registration")
            try checkAdministrations(registration.administrations, in: connection)
            var student = stored.value
            student.registration = try registration.validated()
            let revision = try StudentStore(connection).update(
                student, expectedRevision: expectedRevision,
                by: Self.studentActor, at: clock.now)
            return Versioned(student, revision: revision)
        }
    }

    /// Withdraws the registration while the edition is open, erasing its personal data; the
    /// token stops working (audit `vmj.student.withdrawn`).
    /// - Throws: ``AuthenticationError``, ``StaleRevisionError``, ``VisMonJobError``.
    public func withdrawStudent(token: String, expectedRevision: Int?) throws {
        try database.write { connection in
            let stored = try authenticatedStudent(token, in: connection)
            try stored.check(expected: expectedRevision, subject: "student")
            try existingEdition(stored.value.editionID, in: connection).value.require(.open, to: "withdraw")
            try StudentStore(connection).withdraw(
                stored.value, expectedRevision: expectedRevision,
                by: Self.studentActor, at: clock.now)
        }
    }

    /// The student's published pair with their ambassador's contact.
    /// - Throws: ``AuthenticationError``, ``NotFoundError`` when the student has no published pair.
    public func studentPair(token: String) throws -> PairDetails {
        try database.read { connection in
            try pairDetails(try studentsPair(token, in: connection), for: .student, in: connection)
        }
    }

    /// The student proposes another date (audit `vmj.pair.date-proposed`).
    /// - Throws: ``AuthenticationError``, ``NotFoundError``, ``StaleRevisionError``, ``VisMonJobError``.
    public func proposeDate(_ date: LocalDate, token: String, expectedRevision: Int?) throws -> PairDetails {
        try changeStudentPair(token) { pair, connection in
            try proposeDate(
                date, on: pair, by: .student, expectedRevision: expectedRevision, actor: Self.studentActor,
                in: connection)
        }
    }

    /// The student accepts the date their ambassador proposed (audit `vmj.pair.date-agreed`).
    /// - Throws: as ``proposeDate(_:token:expectedRevision:)``.
    public func acceptDate(token: String, expectedRevision: Int?) throws -> PairDetails {
        try changeStudentPair(token) { pair, connection in
            try acceptDate(
                on: pair, by: .student, expectedRevision: expectedRevision, actor: Self.studentActor,
                in: connection)
        }
    }

    /// The student leaves feedback after the day (audit `vmj.pair.feedback-left`).
    /// - Throws: as ``proposeDate(_:token:expectedRevision:)``.
    public func leaveFeedback(_ feedback: PairFeedback, token: String) throws -> PairDetails {
        try changeStudentPair(token) { pair, connection in
            try leaveFeedback(feedback, on: pair, by: .student, actor: Self.studentActor, in: connection)
        }
    }

    private func changeStudentPair(
        _ token: String,
        _ change: (Versioned<Pair>, Connection) throws -> Versioned<Pair>
    ) throws -> PairDetails {
        try database.write { connection in
            let pair = try change(try studentsPair(token, in: connection), connection)
            return try pairDetails(pair, for: .student, in: connection)
        }
    }

    private func studentsPair(_ token: String, in connection: Connection) throws -> Versioned<Pair> {
        let student = try authenticatedStudent(token, in: connection).value
        let edition = try existingEdition(student.editionID, in: connection).value
        guard edition.state == .paired || edition.state == .done,
            let pair = try PairStore(connection).find(studentID: student.id)
        else {
            throw NotFoundError("pair", key: "me")
        }
        return pair
    }

    private func authenticatedStudent(_ token: String, in connection: Connection) throws -> Versioned<Student> {
        guard let student = try StudentStore(connection).find(tokenHash: Self.hash(token)) else {
            throw AuthenticationError.invalidToken
        }
        return student
    }

    /// Preferred administrations must exist, so the pairing compares real ones.
    private func checkAdministrations(_ ids: [AdministrationID], in connection: Connection) throws {
        for (index, id) in ids.enumerated() where try AdministrationStore(connection).find(id) == nil {
            throw NotFoundError("administration", id: id, field: "administrations[\(index)]")
        }
    }

    private static func hash(_ token: String) -> [UInt8] {
        SHA256.hash(token).bytes
    }
}
