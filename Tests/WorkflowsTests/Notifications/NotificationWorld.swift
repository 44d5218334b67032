import Domain
import Foundation
import Mail
import Notifications
import Persistence
import TestSupport
import Workflows

/// The talent world with the notification machinery: a recording transport, settings, the job.
struct NotificationWorld {
    let world: TalentWorld
    let transport = RecordingTransport()
    let settings: NotificationSettings

    init(_ world: TalentWorld, maximumAttempts: Int = 3) throws {
        self.world = world
        settings = NotificationSettings(
            transport: .maildir("/nonexistent"), sender: try MailAddress("ne-pas-repondre@talents.example.gouv.fr"),
            messageIDDomain: "talents.example.gouv.fr", baseURL: "https://talents.example.gouv.fr",
            maximumAttempts: maximumAttempts, retryBaseSeconds: 60, leaseSeconds: 300)
    }

    /// Runs `body` in a fresh world.
    static func with(maximumAttempts: Int = 3, _ body: (NotificationWorld) throws -> Void) throws {
        try TalentWorld.with { try body(try NotificationWorld($0, maximumAttempts: maximumAttempts)) }
    }

    var delivery: NotificationDelivery {
        NotificationDelivery(database: world.database, clock: world.clock, settings: settings, transport: transport)
    }

    var jobs: NotificationJobs { NotificationJobs(delivery: delivery) }

    /// Camille applies to the published mission at the world's clock.
    func apply() throws -> Application {
        try world.database.write { connection in
            try ApplicationStore(connection).submit(
                missionID: world.published.id, talentID: world.camilleTalent.id,
                motivation: "Je connais bien ces API.", by: .user(world.camille.id),
                at: world.clock.now)
        }
    }

    /// The outbox rows, oldest first.
    func outbox() throws -> [OutboxEntry] {
        try world.database.read { try OutboxStore($0).list(status: nil) }
    }

    /// The stored event of each outbox row.
    func events() throws -> [(kind: String, email: String, event: NotificationEvent)] {
        try outbox().map {
            ($0.kind, $0.recipientEmail, try JSONDecoder().decode(NotificationEvent.self, from: Data($0.payload.utf8)))
        }
    }
}
