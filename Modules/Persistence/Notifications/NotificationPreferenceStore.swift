public import Domain

/// The users' notification preferences (`notification_preferences`). A user without a row has
/// the defaults (digests on) at revision 1; the first change stores revision 2.
public struct NotificationPreferenceStore {
    let connection: Connection

    /// The store seen through `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Whether `userID` muted the digests, with the revision.
    public func digestsMuted(_ userID: UserID) throws -> Versioned<Bool> {
        try connection.queryOne(
            "SELECT digests_muted, revision FROM notification_preferences WHERE user_id = ?", userID
        ) {
            Versioned(try $0.bool(0), revision: try $0.int(1))
        } ?? Versioned(false, revision: 1)
    }

    /// Stores the choice of `userID` with its audit event.
    /// - Returns: the new revision.
    /// - Throws: ``StaleRevisionError`` when `expectedRevision` is given and is not the stored one.
    @discardableResult
    public func setDigestsMuted(
        _ muted: Bool, for userID: UserID, expectedRevision: Int?, by actor: Actor,
        at instant: Instant
    ) throws -> Int {
        try digestsMuted(userID).check(expected: expectedRevision, subject: "notification preferences")
        let revision =
            try connection.scalar(
                """
                INSERT INTO notification_preferences(user_id, digests_muted, updated_at, revision) VALUES (?1, ?2, ?3, 2)
                ON CONFLICT(user_id) DO UPDATE SET digests_muted = ?2, updated_at = ?3, revision = revision + 1
                RETURNING revision
                """, userID, muted, instant, as: Int.self) ?? 2
        try AuditLog(connection).append(
            AuditEvent(
                action: "notification-preferences.updated", subjectType: "user", subjectID: userID.rawValue,
                actor: actor,
                at: instant, details: ["digestsMuted": String(muted)]))
        return revision
    }

    /// The users who muted the digests.
    public func usersMutingDigests() throws -> Set<UserID> {
        Set(
            try connection.query("SELECT user_id FROM notification_preferences WHERE digests_muted = 1") {
                try $0.decode(0, as: UserID.self)
            })
    }
}
