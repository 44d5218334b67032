public import Domain
package import Persistence

extension Workflows {
    /// Closes the account of `userID` and erases their personal data (GDPR art. 17,
    /// docs/privacy.md): the person themself, or the operator answering their request (or the
    /// command line). Refused while an agreement they are a party to is under signature or
    /// running. Their sessions, API tokens and sign-in links die at once; the copies of their
    /// messages leave the mail folder; then the file is checkpointed so the erased pages leave
    /// the WAL (``compactAfterErasure()``).
    /// - Throws: ``AccessError`` for anyone else, ``NotFoundError``, ``AccountClosureError``.
    public func closeAccount(of userID: UserID, by caller: Caller) throws -> AccountErasure {
        let reason = try AccountClosure.requireAllowed(userID, by: caller.user)
        let erasure = try database.write { connection in
            try eraseAccount(userID, reason: reason, by: caller.actor, in: connection)
        }
        configuration.mailFolder?.removeMessages(erasure.erasedMessageIDs)
        try compactAfterErasure()
        return erasure
    }

    /// The erasure itself, inside the caller's transaction `connection`: checks the closure rule
    /// (``AccountClosure/check(_:agreements:)``), replaces the person's data by pseudonyms or
    /// removes it (``AccountErasureStore``), ends their sessions, tokens and links, revokes their
    /// diplomas and writes the `account.closed` audit event. The caller removes the mail files
    /// of ``AccountErasure/erasedMessageIDs`` and runs ``compactAfterErasure()`` after the commit.
    /// `actor` defaults to the person for ``AccountClosureReason/ownRequest``, to the
    /// `system:inactivity` job for ``AccountClosureReason/inactivity``, else to the command line.
    /// - Throws: ``NotFoundError``, ``AccountClosureError``.
    package func eraseAccount(
        _ userID: UserID, reason: AccountClosureReason, by actor: Actor? = nil, in connection: Connection
    ) throws -> AccountErasure {
        guard let user = try UserStore(connection).find(userID) else { throw NotFoundError("user", id: userID) }
        let store = AccountErasureStore(connection)
        try AccountClosure.check(user, agreements: try store.partyAgreements(of: userID))
        let actor =
            actor
            ?? {
                switch reason {
                case .ownRequest: .user(userID)
                case .inactivity: .system("inactivity")
                case .operatorOnRequest: .commandLine
                }
            }()
        return try store.erase(user, reason: reason, by: actor, at: clock.now)
    }

    /// Makes an erasure reach the file: merges the full-text index's segments (`optimize`, so
    /// no stale segment keeps an erased text), then checkpoints the WAL into the database and
    /// truncates it. With `secure_delete` on, erased rows are zeroed in the pages written.
    public func compactAfterErasure() throws {
        try database.writeWithoutTransaction { connection in
            try connection.execute("INSERT INTO missions_fts(missions_fts) VALUES ('optimize')")
            try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// The platform's file maintenance (`talents-admin db maintain`): rebuilds and optimizes the
    /// full-text index, removes from the mail folder the copies of messages emptied by an
    /// erasure, then checkpoints and truncates the WAL. Returns how many mail files went.
    public func maintainFiles(mailFolder: MailFolder?) throws -> Int {
        let emptied = try database.read { connection in
            try connection.query(
                "SELECT id FROM notification_outbox WHERE status = 'sent' AND payload = '{}' ORDER BY id"
            ) { try $0.int64(0) }
        }
        let removed = mailFolder?.removeMessages(emptied) ?? 0
        try database.writeWithoutTransaction { connection in
            try connection.execute("INSERT INTO missions_fts(missions_fts) VALUES ('rebuild')")
        }
        try compactAfterErasure()
        return removed
    }
}
