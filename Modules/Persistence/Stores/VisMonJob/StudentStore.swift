public import Domain
import Foundation

/// *Vis mon job* students. The access token is never stored, only its SHA-256 hash; audit
/// events hold ids and codes, never the e-mail address or the school.
public struct StudentStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records a registration reached by the token whose hash is `tokenHash`,
    /// with its audit event `vmj.student.registered`.
    /// - Throws: ``VisMonJobError`` (including an e-mail address already registered).
    public func insert(
        editionID: EditionID, _ registration: StudentRegistration, tokenHash: [UInt8],
        by actor: Actor, at instant: Instant
    ) throws -> Student {
        let student = Student(
            id: try connection.nextID(in: "vmj_students"), editionID: editionID,
            registration: try registration.validated())
        try checkEmail(student)
        try connection.run(
            """
            INSERT INTO vmj_students(email, school, study_level, wishes, departements, administrations, id, edition_id,
                token_hash, created_at, updated_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered')
            """, arguments: try Self.columns(student) + [student.id, editionID, tokenHash, instant, instant])
        try audit("vmj.student.registered", student, by: actor, at: instant)
        return student
    }

    /// Saves a changed registration, with its audit event `vmj.student.updated`.
    /// - Returns: the new revision.
    /// - Throws: ``VisMonJobError``, ``StaleRevisionError``.
    public func update(_ student: Student, expectedRevision: Int?, by actor: Actor, at instant: Instant) throws -> Int {
        var student = student
        student.registration = try student.registration.validated()
        let revision = try connection.bumpRevision(
            table: "vmj_students", subject: "student", id: student.id.rawValue,
            expected: expectedRevision)
        try checkEmail(student)
        try write(student, at: instant)
        try audit("vmj.student.updated", student, by: actor, at: instant)
        return revision
    }

    /// Withdraws the registration and erases its personal data and token, with its audit
    /// event `vmj.student.withdrawn`.
    /// - Throws: ``StaleRevisionError``.
    public func withdraw(_ student: Student, expectedRevision: Int?, by actor: Actor, at instant: Instant) throws {
        _ = try connection.bumpRevision(
            table: "vmj_students", subject: "student", id: student.id.rawValue,
            expected: expectedRevision)
        try connection.run(
            """
            UPDATE vmj_students SET status = 'withdrawn', token_hash = NULL, email = NULL, school = NULL,
                study_level = NULL, wishes = NULL, departements = NULL, administrations = NULL, updated_at = ?
            WHERE id = ?
            """, instant, student.id)
        try audit("vmj.student.withdrawn", student, by: actor, at: instant)
    }

    /// Records why the last pairing left each student of `editionID` unmatched (nil for the others).
    public func recordUnmatched(_ reasons: [StudentID: UnmatchedReason], editionID: EditionID) throws {
        try connection.run("UPDATE vmj_students SET unmatched_reason = NULL WHERE edition_id = ?", editionID)
        for (id, reason) in reasons {
            try connection.run("UPDATE vmj_students SET unmatched_reason = ? WHERE id = ?", reason.rawValue, id)
        }
    }

    /// The registered student with `id` and its revision, or nil (also when withdrawn).
    public func find(_ id: StudentID) throws -> Versioned<Student>? {
        try connection.queryOne("\(Self.select) WHERE id = ? AND status = 'registered'", id, map: Self.student)
    }

    /// The registered student whose token hashes to `tokenHash`, or nil.
    public func find(tokenHash: [UInt8]) throws -> Versioned<Student>? {
        try connection.queryOne(
            "\(Self.select) WHERE token_hash = ? AND status = 'registered'", tokenHash,
            map: Self.student)
    }

    /// The registered students of `editionID`, by id (registration order).
    public func registered(editionID: EditionID) throws -> [Student] {
        try connection.query(
            "\(Self.select) WHERE edition_id = ? AND status = 'registered' ORDER BY id", editionID,
            map: Self.student
        ).map(\.value)
    }

    private func checkEmail(_ student: Student) throws {
        let taken = try connection.scalar(
            """
            SELECT 1 FROM vmj_students WHERE edition_id = ? AND email = ? AND status = 'registered' AND id != ?
            """, student.editionID, student.registration.email.value, student.id, as: Int.self)
        if taken != nil { throw VisMonJobError.studentEmailTaken }
    }

    private func write(_ student: Student, at instant: Instant) throws {
        try connection.run(
            """
            UPDATE vmj_students SET email = ?, school = ?, study_level = ?, wishes = ?, departements = ?,
                administrations = ?, updated_at = ? WHERE id = ?
            """, arguments: try Self.columns(student) + [instant, student.id])
    }

    private static func columns(_ student: Student) throws -> [any SQLiteBindable] {
        let registration = student.registration
        return [
            registration.email.value, registration.school, registration.level.rawValue,
            try json(registration.wishes.map(\.rawValue)), try json(registration.departements.map(\.code)),
            try json(registration.administrations.map(\.rawValue))
        ]
    }

    private func audit(_ action: String, _ student: Student, by actor: Actor, at instant: Instant) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "vmj-student", subjectID: student.id.rawValue, actor: actor, at: instant,
                details: ["editionID": String(student.editionID.rawValue)]))
    }

    private static let select = """
        SELECT id, edition_id, email, school, study_level, wishes, departements, administrations, unmatched_reason,
            revision FROM vmj_students
        """

    private static func student(_ row: Row) throws -> Versioned<Student> {
        let wishes = try decode([String].self, try row.string(5)).map { raw in
            guard let family = JobFamily(rawValue: raw) else {
                throw SQLiteError.mismatch("vmj_students.wishes holds '\(raw)', not a job family", sql: nil)
            }
            return family
        }
        let registration = StudentRegistration(
            school: try row.string(3), level: try row.code(4), wishes: wishes,
            departements: try decode([String].self, try row.string(6)).map { try Departement($0) },
            administrations: try decode([Int64].self, try row.string(7)).map { AdministrationID($0) },
            email: try EmailAddress(try row.string(2)))
        let reason = try row.optionalString(8).map { raw in
            guard let reason = UnmatchedReason(rawValue: raw) else {
                throw SQLiteError.mismatch("vmj_students.unmatched_reason holds '\(raw)'", sql: nil)
            }
            return reason
        }
        return Versioned(
            Student(
                id: try row.decode(0), editionID: try row.decode(1), registration: registration,
                unmatchedReason: reason), revision: try row.int(9))
    }

    private static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
