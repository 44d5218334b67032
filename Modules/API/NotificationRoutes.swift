import Domain
import HTTP
import Notifications
import Workflows

/// `/v1/me/notification-preferences`: what the signed-in user receives (digests may be muted;
/// transactional messages cannot).
enum NotificationRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/me/notification-preferences") { request in
            let preferences = try request.workflows.notificationPreferences(by: try request.caller())
            return try .resource(preferences.value, revision: preferences.revision)
        }
        api.on(.put, "/v1/me/notification-preferences") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let preferences = try request.decode(NotificationPreferences.self)
            let stored = try request.workflows.updateNotificationPreferences(
                preferences, expectedRevision: revision,
                by: caller)
            return try .resource(stored.value, revision: stored.revision)
        }
    }
}
