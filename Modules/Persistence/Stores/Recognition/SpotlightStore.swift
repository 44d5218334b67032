public import Domain
public import Gamification

/// The spotlight: the talents' opt-in (`spotlight_consents`; a change bumps the talent's
/// revision) and the public listing of the period's contributions of those who opted in.
public struct SpotlightStore {
    let connection: Connection

    /// The store seen through `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// A talent's spotlight choice (``SpotlightConsent``).
    public typealias Consent = SpotlightConsent

    /// The spotlight choice of talent `id` with the talent's revision, or nil.
    public func consent(of id: TalentID) throws -> Versioned<Consent>? {
        try connection.queryOne(
            """
            SELECT t.id, t.user_id, s.consented_at, t.revision FROM talents t
            LEFT JOIN spotlight_consents s ON s.talent_id = t.id WHERE t.id = ?
            """, id
        ) { row in
            Versioned(
                Consent(talentID: try row.decode(0), userID: try row.decode(1), consentedAt: try row.decode(2)),
                revision: try row.int(3))
        }
    }

    /// Opts talent `id` in (at `instant`) or out (at once), if still at `expectedRevision`;
    /// audit event `talent.spotlight-joined` or `talent.spotlight-left`.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``, ``SpotlightError/alreadyInState(optedIn:)``.
    public func set(
        _ id: TalentID, optedIn: Bool, expectedRevision: Int?, by actor: Actor,
        at instant: Instant
    ) throws -> Versioned<Consent> {
        guard let stored = try consent(of: id) else { throw NotFoundError("talent", id: id) }
        try stored.check(expected: expectedRevision, subject: "talent")
        guard (stored.value.consentedAt != nil) != optedIn else {
            throw SpotlightError.alreadyInState(optedIn: optedIn)
        }
        if optedIn {
            try connection.run("INSERT INTO spotlight_consents(talent_id, consented_at) VALUES (?, ?)", id, instant)
        } else {
            try connection.run("DELETE FROM spotlight_consents WHERE talent_id = ?", id)
        }
        try connection.run("UPDATE talents SET updated_at = ?, revision = revision + 1 WHERE id = ?", instant, id)
        try AuditLog(connection).append(
            AuditEvent(
                action: optedIn ? "talent.spotlight-joined" : "talent.spotlight-left", subjectType: "talent",
                subjectID: id.rawValue, actor: actor, at: instant))
        guard let changed = try consent(of: id) else { preconditionFailure("talent \(id) vanished") }
        return changed
    }

    /// The talents in the spotlight who contributed during `period`: missions completed, minutes
    /// validated and distinctions earned in it; most validated time first.
    public func entries(in period: SpotlightPeriod) throws -> [SpotlightEntry] {
        let start = period.start
        let end = period.end
        let entries = try connection.query(
            """
            SELECT t.id, t.user_id, u.display_name, ad.name,
                (SELECT count(*) FROM agreements a WHERE a.talent_id = t.id AND a.status = 'completed'
                    AND a.ended_at >= ? AND a.ended_at < ?),
                (SELECT coalesce(sum(r.minutes), 0) FROM time_reports r JOIN agreements a ON a.id = r.agreement_id
                    WHERE a.talent_id = t.id AND r.status = 'validated' AND r.decided_at >= ? AND r.decided_at < ?)
            FROM spotlight_consents s JOIN talents t ON t.id = s.talent_id JOIN users u ON u.id = t.user_id
            JOIN administrations ad ON ad.id = t.employer_id
            """, start, end, start, end
        ) { row in
            (
                userID: try row.decode(1, as: UserID.self),
                entry: SpotlightEntry(
                    talentID: try row.decode(0), displayName: try row.string(2), employer: try row.string(3),
                    missionsCompleted: try row.int(4), validatedMinutes: try row.int(5), distinctions: [])
            )
        }
        return try entries.map { item in
            var entry = item.entry
            entry.distinctions = try connection.query(
                """
                SELECT code FROM distinctions WHERE user_id = ? AND awarded_at >= ? AND awarded_at < ?
                """, item.userID, start, end
            ) { try $0.code(0, as: DistinctionCode.self) }.sorted()
            return entry
        }
        .filter(\.hasContributions)
        .sorted {
            ($1.validatedMinutes, $1.missionsCompleted, $0.talentID) < (
                $0.validatedMinutes, $0.missionsCompleted, $1.talentID
            )
        }
    }
}
