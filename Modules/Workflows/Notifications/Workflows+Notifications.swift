public import Domain
public import Notifications
import Persistence

extension Workflows {
    /// The caller's notification preferences, with their revision (any signed-in user).
    public func notificationPreferences(by caller: Caller) throws -> Versioned<NotificationPreferences> {
        let user = Self.signedIn(caller)
        return try database.read { connection in
            let muted = try NotificationPreferenceStore(connection).digestsMuted(user.id)
            return Versioned(NotificationPreferences(digestsMuted: muted.value), revision: muted.revision)
        }
    }

    /// Replaces the caller's notification preferences.
    /// - Throws: ``StaleRevisionError`` when `expectedRevision` is not the stored one.
    public func updateNotificationPreferences(
        _ preferences: NotificationPreferences, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<NotificationPreferences> {
        let user = Self.signedIn(caller)
        let now = clock.now
        return try database.write { connection in
            let revision = try NotificationPreferenceStore(connection).setDigestsMuted(
                preferences.digestsMuted, for: user.id, expectedRevision: expectedRevision, by: caller.actor, at: now)
            return Versioned(preferences, revision: revision)
        }
    }

    /// The outbox rows in `status` (all when nil), oldest first (operator or command line).
    /// - Throws: ``AccessError``.
    public func notificationOutbox(status: OutboxEntry.Status?, by caller: Caller) throws -> [OutboxEntry] {
        try caller.require(.operator, to: "read the notification outbox")
        return try database.read { try OutboxStore($0).list(status: status) }
    }

    /// Puts parked notification `id` back in the queue, due now (operator or command line).
    /// - Throws: ``AccessError``, ``NotFoundError`` when no parked notification has this id.
    public func retryNotification(_ id: Int64, by caller: Caller) throws -> OutboxEntry {
        try caller.require(.operator, to: "retry a parked notification")
        let now = clock.now
        return try database.write { try OutboxStore($0).retry(id, by: caller.actor, at: now) }
    }

    /// The user behind a caller of a "me" use case; the command line has no preferences.
    private static func signedIn(_ caller: Caller) -> User {
        guard let user = caller.user else { preconditionFailure("notification preferences belong to a signed-in user") }
        return user
    }
}
