import Calendar
public import Domain
public import Mail
import Notifications
package import Persistence

/// The delivery worker: claims due messages from the outbox one at a time, renders and hands
/// each to the mail transport, and records the outcome.
///
/// - A claim marks the row `sending` with a lease, in its own short transaction; the transport
///   runs outside any transaction. A worker that dies mid-delivery leaves the row leased; once
///   the lease expires, the next run sends it again: nothing is lost.
/// - Every attempt of one notification sends the same bytes with the same `Message-ID`
///   (`notification-<id>@<domain>`), dated at queuing time.
/// - At-least-once, as SMTP itself: if the worker dies after the relay accepted the data but
///   before the row is marked sent (or the relay's "250" is lost, RFC 1047), the message is sent
///   twice; receivers can recognise the duplicate by its `Message-ID`. The maildir transport
///   overwrites the same file, so there it is exactly once.
/// - A transient failure (4xx, network) is retried after an exponential backoff; a permanent one
///   (5xx) or the last allowed attempt parks the row for the operator.
public struct NotificationDelivery: Sendable {
    /// The database.
    package let database: DatabasePool
    /// Where "now" comes from.
    public let clock: any WallClock
    /// Transport, sender, retries.
    public let settings: NotificationSettings
    /// Where messages go.
    public let transport: any MailTransport

    /// A worker; the transport defaults to the one the settings name.
    package init(
        database: DatabasePool, clock: any WallClock, settings: NotificationSettings,
        transport: (any MailTransport)? = nil
    ) {
        self.database = database
        self.clock = clock
        self.settings = settings
        self.transport = transport ?? settings.mailTransport
    }

    /// Delivers every message due now, at most `limit`; returns what happened. Reminders of
    /// applications answered since they were queued are dropped first, unsent.
    public func deliverDue(limit: Int = 1000) throws -> NotificationDeliveryReport {
        var report = NotificationDeliveryReport()
        report.discarded = try database.write { try OutboxStore($0).discardAnsweredFollowUps() }
        for _ in 0..<limit {
            guard let outcome = try deliverNext() else { break }
            switch outcome {
            case .sent: report.sent += 1
            case .retryLater: report.retried += 1
            case .parked: report.parked += 1
            case .leaseLost: report.leaseLost += 1
            }
        }
        return report
    }

    /// What became of one claimed message.
    enum Outcome {
        case sent, retryLater, parked, leaseLost
    }

    /// Claims, sends and records one due message; nil when none is due.
    func deliverNext() throws -> Outcome? {
        let claimedAt = clock.now
        guard
            let entry = try database.write({ connection in
                try OutboxStore(connection).claimNext(
                    now: claimedAt, leaseUntil: claimedAt.adding(seconds: settings.leaseSeconds))
            })
        else { return nil }
        let failure: MailDeliveryError?
        do {
            try transport.deliver(try message(for: entry))
            failure = nil
        } catch let error as MailDeliveryError {
            failure = error
        } catch {
            // The payload does not decode or the address does not read: retrying cannot help.
            failure = MailDeliveryError(.permanent, "cannot build the message: \(error)")
        }
        let now = clock.now
        return try database.write { connection in
            let store = OutboxStore(connection)
            guard let failure else {
                guard try store.markSent(entry, at: now) else { return .leaseLost }
                // A secret the e-mail carried leaves the outbox with it.
                if let delivered = (try? Outbox.event(entry.payload))?.delivered {
                    try store.replacePayload(of: entry.id, with: try Outbox.payload(delivered))
                }
                return .sent
            }
            if failure.kind == .permanent || entry.attempts >= settings.maximumAttempts {
                return try store.park(entry, error: failure.description, at: now) ? .parked : .leaseLost
            }
            let next = now.adding(seconds: settings.retryDelaySeconds(afterAttempt: entry.attempts))
            return try store.reschedule(entry, nextAttempt: next, error: failure.description) ? .retryLater : .leaseLost
        }
    }

    /// The e-mail of an outbox row; a message announcing a date carries its invitation, an `.ics`
    /// (`text/calendar; method=REQUEST`) from the platform's sender to the recipient, stamped at
    /// queuing time so every attempt sends the same bytes.
    func message(for entry: OutboxEntry) throws -> MailMessage {
        let event = try Outbox.event(entry.payload)
        let rendered = MessageCatalogue(baseURL: settings.baseURL).message(for: event)
        let recipient = try MailAddress(entry.recipientEmail)
        var attachments: [MailAttachment] = []
        let agenda = AgendaEvents(baseURL: settings.baseURL)
        if var invitation = agenda.invitation(for: event, stamp: entry.createdAt) {
            invitation.organizer = CalendarPerson(
                address: settings.sender.address, name: settings.sender.displayName)
            invitation.attendees = [CalendarPerson(address: recipient.address)]
            let calendar = CalendarDocument(method: .request, events: [invitation])
            attachments.append(
                MailAttachment(filename: "invitation.ics", contentType: calendar.contentType, bytes: calendar.bytes))
        }
        return MailMessage(
            from: settings.sender, to: recipient, subject: rendered.subject,
            text: rendered.text, html: rendered.html,
            messageID: "notification-\(entry.id)@\(settings.messageIDDomain)",
            date: entry.createdAt.millisecondsSinceEpoch, attachments: attachments)
    }
}

/// What one delivery run did.
public struct NotificationDeliveryReport: Hashable, Sendable, Codable {
    /// Accepted by the transport.
    public var sent = 0
    /// Failed transiently, to be retried later.
    public var retried = 0
    /// Given up, for the operator.
    public var parked = 0
    /// Finished after the lease expired and another worker took over (nothing recorded).
    public var leaseLost = 0
    /// Reminders dropped unsent: their application was answered after they were queued.
    public var discarded = 0

    /// An empty report.
    public init() {}
}
