public import Domain
import Foundation
public import Notifications
package import Persistence

/// Queues notifications in the outbox, inside the caller's write transaction: the message
/// exists if and only if the change that causes it commits (the transactional outbox).
///
/// The use cases call one function per event (``Outbox/applicationReceived(_:mission:at:)``…),
/// which finds the recipients and their addresses; the delivery worker sends later.
public struct Outbox {
    let connection: Connection

    /// The outbox seen through the caller's write transaction.
    package init(_ connection: Connection) {
        precondition(connection.isInTransaction, "the outbox is written inside the event's transaction")
        self.connection = connection
    }

    /// Queues `notification`; returns its outbox id, or nil when its key was already queued.
    @discardableResult
    public func enqueue(_ notification: Notice, at instant: Instant) throws -> Int64? {
        try OutboxStore(connection).enqueue(
            NewOutboxEntry(
                kind: notification.kind.rawValue, recipientUserID: notification.recipient.userID,
                recipientEmail: notification.recipient.email, payload: try Self.payload(notification.event),
                key: notification.key), at: instant)
    }

    /// The event as stored: JSON with sorted keys.
    static func payload(_ event: NotificationEvent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(event), as: UTF8.self)
    }

    /// The event of a stored payload.
    static func event(_ payload: String) throws -> NotificationEvent {
        try JSONDecoder().decode(NotificationEvent.self, from: Data(payload.utf8))
    }

    // MARK: Recipients

    /// The recipient of user `id`.
    func recipient(_ id: UserID) throws -> Recipient {
        guard let user = try UserStore(connection).find(id) else { throw NotFoundError("user", id: id) }
        return Recipient(user)
    }

    /// The talent's account as a recipient.
    func recipient(talent id: TalentID) throws -> Recipient {
        guard let talent = try TalentStore(connection).find(id) else { throw NotFoundError("talent", id: id) }
        return try recipient(talent.userID)
    }

    /// The mission's owner.
    func owner(of missionID: MissionID) throws -> (Recipient, MissionReference) {
        guard let mission = try MissionStore(connection).find(missionID) else {
            throw NotFoundError("mission", id: missionID)
        }
        return (try recipient(mission.ownerID), MissionReference(mission))
    }
}
