public import Domain

/// Erases one person's data from the database (docs/privacy.md, column "on erasure"): the rows
/// holding only their data go, the rows the programme must keep (agreements, time, the credit
/// ledger, distinctions, the audit trail, statistics) stay, with the person's free texts emptied
/// and their account renamed ``AccountClosure/pseudonym``.
public struct AccountErasureStore {
    private let connection: Connection

    /// A store over `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    private static let talentAgreement =
        "agreement_id IN (SELECT id FROM agreements WHERE talent_id IN (SELECT id FROM talents WHERE user_id = ?))"

    /// The agreements `userID` is a party to — as talent, line manager or mission owner — with
    /// their mission's title, for ``AccountClosure/check(_:agreements:)``.
    public func partyAgreements(of userID: UserID) throws -> [AccountClosure.PartyAgreement] {
        try connection.query(
            """
            SELECT a.id, m.title, a.status FROM agreements a JOIN missions m ON m.id = a.mission_id
            WHERE a.owner_id = ? OR a.line_manager_id = ? OR a.talent_id IN (SELECT id FROM talents WHERE user_id = ?)
            ORDER BY a.id
            """, userID, userID, userID
        ) { row in
            let status = try row.string(2)
            guard let parsed = AgreementStatus(rawValue: status) else {
                throw UnknownValueError(field: "status", value: status, of: AgreementStatus.self)
            }
            return AccountClosure.PartyAgreement(
                id: AgreementID(try row.int64(0)), missionTitle: try row.string(1), status: parsed)
        }
    }

    /// Erases `user`'s personal data and writes one `account.closed` audit event (reason and
    /// counts, no personal data). Call it after ``AccountClosure/check(_:agreements:)``.
    public func erase(
        _ user: User, reason: AccountClosureReason, by actor: Actor, at instant: Instant
    ) throws -> AccountErasure {
        let id = user.id
        var rows: [String: Int] = [:]
        let lineManager = try connection.queryOne(
            "SELECT line_manager_name, line_manager_email FROM talents WHERE user_id = ?", id
        ) { (try $0.string(0), try $0.string(1)) }
        // The strings that name the person in other people's records (messages, replayed answers).
        let traces = [user.displayName, user.email.value, lineManager?.0, lineManager?.1]
            .compactMap { $0 }.filter { $0.count >= 3 }
        let messages = try scrubMessages(of: id, traces: traces, into: &rows)

        rows["idempotency_keys"] = try connection.run("DELETE FROM idempotency_keys WHERE user_id = ?", id)
        for trace in traces {
            rows["idempotency_keys", default: 0] += try connection.run(
                "DELETE FROM idempotency_keys WHERE instr(CAST(body AS TEXT), ?) > 0", trace)
        }
        rows["web_sessions"] = try connection.run("DELETE FROM web_sessions WHERE user_id = ?", id)
        rows["web_sign_in_links"] = try connection.run("DELETE FROM web_sign_in_links WHERE user_id = ?", id)
        rows["api_tokens"] = try connection.run("DELETE FROM api_tokens WHERE user_id = ?", id)
        rows["notification_preferences"] = try connection.run(
            "DELETE FROM notification_preferences WHERE user_id = ?", id)
        rows["alert_matches"] = try connection.run("DELETE FROM alert_matches WHERE user_id = ?", id)
        rows["saved_searches"] = try connection.run("DELETE FROM saved_searches WHERE user_id = ?", id)
        // Messages to the programme team and questions about missions (issue #22): the person's
        // own are deleted; their answers to others' questions are replaced by a notice.
        rows["contact_messages"] = try connection.run(
            "DELETE FROM contact_messages WHERE user_id = ? OR email = ?", id, user.email.value)
        rows["mission_questions"] = try connection.run("DELETE FROM mission_questions WHERE asker_id = ?", id)
        rows["mission_questions", default: 0] += try connection.run(
            "UPDATE mission_questions SET answer = 'Réponse effacée (compte fermé).', answerer_shares_email = 0 "
                + "WHERE answered_by = ?", id)

        try withdrawOpenApplications(of: id, by: actor, at: instant, into: &rows)
        try eraseTalentProfile(of: id, at: instant, into: &rows)
        try eraseEngagementTexts(of: id, into: &rows)
        try eraseVisMonJob(of: id, into: &rows)

        rows["badge_assertions"] = try connection.run(
            """
            UPDATE badge_assertions SET revoked_at = ?, revocation_reason = 'Compte du titulaire fermé', revision = revision + 1
            WHERE user_id = ? AND revoked_at IS NULL
            """, instant, id)
        rows["users"] = try connection.run(
            "UPDATE users SET display_name = ?, email = ?, deactivated_at = coalesce(deactivated_at, ?) WHERE id = ?",
            AccountClosure.pseudonym, AccountClosure.erasedEmail(of: id), instant, id)

        var details = ["reason": reason.rawValue, "messagesErased": String(messages.count)]
        for (table, count) in rows where count > 0 { details["rows." + table] = String(count) }
        try AuditLog(connection).append(
            AuditEvent(
                action: "account.closed", subjectType: "user", subjectID: id.rawValue, actor: actor, at: instant,
                details: details))
        return AccountErasure(
            userID: id, reason: reason, closedAt: instant, erasedMessageIDs: messages, rows: rows)
    }

    /// Unsent messages to or about the person go; sent ones keep their date and kind, their
    /// facts emptied (`{}`) and the person's address replaced. Returns the emptied sent ones.
    private func scrubMessages(of id: UserID, traces: [String], into rows: inout [String: Int]) throws -> [Int64] {
        var concerned = Set(
            try connection.query("SELECT id FROM notification_outbox WHERE recipient_user_id = ?", id) {
                try $0.int64(0)
            })
        for trace in traces {
            concerned.formUnion(
                try connection.query(
                    "SELECT id FROM notification_outbox WHERE instr(payload, ?) > 0 OR recipient_email = ?", trace,
                    trace
                ) { try $0.int64(0) })
        }
        var sent: [Int64] = []
        let erasedEmail = AccountClosure.erasedEmail(of: id)
        for message in concerned.sorted() {
            let deleted = try connection.run(
                "DELETE FROM notification_outbox WHERE id = ? AND status != 'sent'", message)
            if deleted > 0 {
                rows["notification_outbox", default: 0] += deleted
                continue
            }
            let toThem = traces.map { "'" + $0.replacing("'", with: "''") + "'" }.joined(separator: ", ")
            try connection.run(
                """
                UPDATE notification_outbox SET payload = '{}', last_error = NULL, dedupe_key = NULL,
                    recipient_email = CASE WHEN recipient_user_id = ? OR recipient_email IN (\(toThem.isEmpty ? "''" : toThem))
                        THEN ? ELSE recipient_email END
                WHERE id = ?
                """, id, erasedEmail, message)
            rows["notification_outbox", default: 0] += 1
            sent.append(message)
        }
        return sent
    }

    /// The person's live applications no agreement follows are withdrawn ("no longer
    /// available"), each audited `application.withdrawn`: no owner answers or accepts a closed
    /// account.
    private func withdrawOpenApplications(
        of id: UserID, by actor: Actor, at instant: Instant, into rows: inout [String: Int]
    ) throws {
        let open = try connection.query(
            """
            SELECT id FROM applications
            WHERE talent_id IN (SELECT id FROM talents WHERE user_id = ?)
            AND status IN ('submitted', 'interview-proposed', 'accepted')
            AND id NOT IN (SELECT application_id FROM agreements)
            ORDER BY id
            """, id
        ) { try $0.int64(0) }
        for application in open {
            try connection.run(
                """
                UPDATE applications SET status = 'withdrawn', reason_code = 'no-longer-available', interview_at = NULL,
                    answered_at = coalesce(answered_at, ?), updated_at = ?, revision = revision + 1
                WHERE id = ?
                """, instant, instant, application)
            try AuditLog(connection).append(
                AuditEvent(
                    action: "application.withdrawn", subjectType: "application", subjectID: application,
                    actor: actor, at: instant, details: ["reason": "no-longer-available", "cause": "account-closed"]))
        }
        rows["applications.withdrawn"] = open.count
    }

    /// The talent profile stays (agreements refer to it; statistics count it by employer,
    /// status and département) with its texts emptied, out of the pool and "À l'honneur", without
    /// skills. The pool's index follows by its triggers.
    private func eraseTalentProfile(of id: UserID, at instant: Instant, into rows: inout [String: Int]) throws {
        let talent = "talent_id IN (SELECT id FROM talents WHERE user_id = ?)"
        rows["spotlight_consents"] = try connection.run("DELETE FROM spotlight_consents WHERE \(talent)", id)
        rows["talent_skills"] = try connection.run("DELETE FROM talent_skills WHERE \(talent)", id)
        rows["talents"] = try connection.run(
            """
            UPDATE talents SET line_manager_name = '', line_manager_email = '', presentation = '',
                available_from = NULL, available_until = NULL, pool_consent_at = NULL, updated_at = ?,
                revision = revision + 1
            WHERE user_id = ?
            """, instant, id)
        rows["invitations"] = try connection.run(
            "UPDATE invitations SET message = '' WHERE \(talent) OR invited_by = ?", id, id)
        rows["applications"] = try connection.run(
            """
            UPDATE applications SET motivation = '', interview_means = NULL, reopening_reason = NULL,
                reason_text = NULL
            WHERE \(talent)
            """, id)
    }

    /// Agreements stay for the other parties and the public accounts check (dates, hours,
    /// administrations, terms); the texts the person wrote or that speak of them go.
    private func eraseEngagementTexts(of id: UserID, into rows: inout [String: Int]) throws {
        rows["agreements"] = try connection.run(
            """
            UPDATE agreements SET end_reason = '' WHERE end_reason IS NOT NULL
                AND (talent_id IN (SELECT id FROM talents WHERE user_id = ?)
                    OR (ended_by = 'line-manager' AND line_manager_id = ?) OR (ended_by = 'owner' AND owner_id = ?))
            """, id, id, id)
        rows["time_reports"] = try connection.run(
            """
            UPDATE time_reports SET note = '',
                rejection_reason = CASE WHEN rejection_reason IS NULL THEN NULL ELSE '' END
            WHERE \(Self.talentAgreement)
            """, id)
        rows["feedback"] = try connection.run(
            "UPDATE feedback SET comment = '' WHERE author_id = ? OR \(Self.talentAgreement)", id, id)
    }

    /// An ambassador of *Vis mon job*: where they work and what they do go; their pairs stay
    /// (the student's day happened), the comments on them emptied.
    private func eraseVisMonJob(of id: UserID, into rows: inout [String: Int]) throws {
        let ambassador = "ambassador_id IN (SELECT id FROM vmj_ambassadors WHERE user_id = ?)"
        rows["vmj_feedback"] = try connection.run(
            "UPDATE vmj_feedback SET comment = '' WHERE pair_id IN (SELECT id FROM vmj_pairs WHERE \(ambassador))", id)
        rows["vmj_coaching_bookings"] = try connection.run("DELETE FROM vmj_coaching_bookings WHERE \(ambassador)", id)
        rows["vmj_ambassadors"] = try connection.run(
            "UPDATE vmj_ambassadors SET city = '', description = '', revision = revision + 1 WHERE user_id = ?", id)
    }
}
