public import Domain
public import Gamification

/// The Open Badges assertions of the virtual diplomas (`badge_assertions`): issued once per
/// completed agreement, changed only by a final revocation.
public struct BadgeStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// What issuing a diploma records.
    public struct Issuance: Sendable {
        /// The completed agreement.
        public var agreementID: Int64
        /// The talent's user.
        public var userID: UserID
        /// The public identifier of the assertion (random, unguessable).
        public var publicID: String
        /// The mission's nature (the badge class).
        public var nature: MissionNature
        /// The salt of the recipient hash.
        public var salt: String
        /// `sha256$…` of the e-mail address and salt.
        public var recipientIdentity: String
        /// The mission, as of issuance.
        public var evidence: BadgeAssertionRecord.MissionEvidence

        /// An issuance.
        public init(
            agreementID: Int64, userID: UserID, publicID: String, nature: MissionNature, salt: String,
            recipientIdentity: String, evidence: BadgeAssertionRecord.MissionEvidence
        ) {
            self.agreementID = agreementID
            self.userID = userID
            self.publicID = publicID
            self.nature = nature
            self.salt = salt
            self.recipientIdentity = recipientIdentity
            self.evidence = evidence
        }
    }

    /// Records the diploma of an agreement, once: the one already issued for it is returned
    /// unchanged. Audit event `badge.issued`.
    public func issue(_ issuance: Issuance, by actor: Actor, at instant: Instant) throws -> BadgeAssertionRecord {
        if let existing = try connection.queryOne(
            "\(Self.select) WHERE b.agreement_id = ?", issuance.agreementID,
            map: Self.record)
        {
            return existing.value
        }
        try connection.run(
            """
            INSERT INTO badge_assertions(public_id, agreement_id, user_id, nature, salt, recipient_identity,
                evidence_title, evidence_beneficiary, evidence_minutes, evidence_objectives, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, issuance.publicID, issuance.agreementID, issuance.userID, issuance.nature.rawValue, issuance.salt,
            issuance.recipientIdentity, issuance.evidence.title, issuance.evidence.beneficiary,
            issuance.evidence.validatedMinutes, issuance.evidence.objectives, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "badge.issued", subjectType: "badge-assertion", subjectID: connection.lastInsertRowID,
                actor: actor,
                at: instant, details: ["agreementID": String(issuance.agreementID), "nature": issuance.nature.rawValue])
        )
        guard let issued = try find(publicID: issuance.publicID) else {
            preconditionFailure("badge assertion \(issuance.publicID) missing right after its insert")
        }
        return issued.value
    }

    /// The assertion `publicID` with its revision, or nil.
    public func find(publicID: String) throws -> Versioned<BadgeAssertionRecord>? {
        try connection.queryOne("\(Self.select) WHERE b.public_id = ?", publicID, map: Self.record)
    }

    /// The agreement the diploma `publicID` is evidence of, or nil when there is no such diploma.
    public func agreementID(publicID: String) throws -> AgreementID? {
        try connection.scalar("SELECT agreement_id FROM badge_assertions WHERE public_id = ?", publicID, as: Int64.self)
            .map { AgreementID($0) }
    }

    /// The diploma issued for agreement `agreementID` with its revision, or nil.
    public func find(agreementID: AgreementID) throws -> Versioned<BadgeAssertionRecord>? {
        try connection.queryOne("\(Self.select) WHERE b.agreement_id = ?", agreementID.rawValue, map: Self.record)
    }

    /// The diplomas of `userID`, oldest first.
    public func assertions(of userID: UserID) throws -> [BadgeAssertionRecord] {
        try connection.query("\(Self.select) WHERE b.user_id = ? ORDER BY b.id", userID, map: Self.record).map(\.value)
    }

    /// A page of diplomas whose holder's name or e-mail address contains `holder` and whose
    /// mission title contains `mission` (case-insensitive, either may be empty), newest first,
    /// and how many match in all.
    public func search(
        holder: String, mission: String, limit: Int, offset: Int
    ) throws -> (diplomas: [Versioned<BadgeAssertionRecord>], total: Int) {
        func pattern(_ text: String) -> String {
            "%"
                + text.lowercased().replacing("\\", with: "\\\\").replacing("%", with: "\\%")
                .replacing("_", with: "\\_") + "%"
        }
        let condition = """
             WHERE (lower(u.display_name) LIKE ?1 ESCAPE '\\' OR u.email LIKE ?1 ESCAPE '\\')
               AND lower(b.evidence_title) LIKE ?2 ESCAPE '\\'
            """
        let total =
            try connection.scalar(
                "SELECT count(*) FROM badge_assertions b JOIN users u ON u.id = b.user_id\(condition)",
                pattern(holder), pattern(mission), as: Int.self) ?? 0
        let diplomas = try connection.query(
            "\(Self.select)\(condition) ORDER BY b.issued_at DESC, b.id DESC LIMIT ?3 OFFSET ?4",
            pattern(holder), pattern(mission), Int64(limit), Int64(offset), map: Self.record)
        return (diplomas, total)
    }

    /// Revokes assertion `publicID` with `reason`, if still at `expectedRevision`; audit event `badge.revoked`.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``, ``BadgeError``.
    public func revoke(
        publicID: String, reason: String, expectedRevision: Int?, by actor: Actor,
        at instant: Instant
    ) throws -> Versioned<BadgeAssertionRecord> {
        guard let stored = try find(publicID: publicID) else { throw NotFoundError("badge-assertion", key: publicID) }
        try stored.check(expected: expectedRevision, subject: "badge assertion")
        guard !stored.value.isRevoked else { throw BadgeError.alreadyRevoked(publicID) }
        let reason = try BadgeError.validatedReason(reason)
        try connection.run(
            """
            UPDATE badge_assertions SET revoked_at = ?, revocation_reason = ?, revision = revision + 1 WHERE public_id = ?
            """, instant, reason, publicID)
        let id = try connection.scalar("SELECT id FROM badge_assertions WHERE public_id = ?", publicID, as: Int64.self)
        try AuditLog(connection).append(
            AuditEvent(
                action: "badge.revoked", subjectType: "badge-assertion",
                subjectID: id, actor: actor, at: instant))
        guard let revoked = try find(publicID: publicID) else { preconditionFailure("badge assertion vanished") }
        return revoked
    }

    private static let select = """
        SELECT b.public_id, b.nature, u.display_name, b.recipient_identity, b.salt, b.issued_at, b.evidence_title,
               b.evidence_beneficiary, b.evidence_minutes, b.evidence_objectives, b.revocation_reason, b.revoked_at,
               b.revision
        FROM badge_assertions b JOIN users u ON u.id = b.user_id
        """

    private static func record(_ row: Row) throws -> Versioned<BadgeAssertionRecord> {
        Versioned(
            BadgeAssertionRecord(
                publicID: try row.string(0), nature: try row.code(1), recipientName: try row.string(2),
                recipientIdentity: try row.string(3), salt: try row.string(4), issuedAt: try row.decode(5),
                evidence: .init(
                    title: try row.string(6), beneficiary: try row.string(7), validatedMinutes: try row.int(8),
                    objectives: try row.string(9)),
                revocationReason: try row.optionalString(10), revokedAt: try row.decode(11)), revision: try row.int(12))
    }
}
