import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/mes-preferences`: what the signed-in person receives by e-mail (the link of every weekly
/// digest). The transactional messages are always sent; the weekly digests may be muted, through
/// Workflows `updateNotificationPreferences`, as `PUT /v1/me/notification-preferences` does.
enum NotificationPreferencesPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let stored = try context.workflows.notificationPreferences(by: .user(user))
        let notice = context.http.query["enregistre"] == nil ? nil : "Vos préférences sont enregistrées."
        return page(context, preferences: stored.value, revision: stored.revision, notice: notice, error: nil)
    }

    /// POST: mutes or unmutes the digests; 409 with the stored choice when it changed meanwhile.
    static func save(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let wanted = NotificationPreferences(digestsMuted: form["recapitulatifs"] == nil)
        do {
            _ = try context.workflows.updateNotificationPreferences(
                wanted, expectedRevision: form["revision"].flatMap { Int($0) },
                by: .user(user))
        } catch is StaleRevisionError {
            let stored = try context.workflows.notificationPreferences(by: .user(user))
            return page(
                context, preferences: stored.value, revision: stored.revision, notice: nil,
                error:
                    "vos préférences ont changé depuis l'ouverture de cette page (dans un autre onglet ?) : voici leur état actuel, choisissez de nouveau.",
                status: HTTPStatus(code: 409))
        }
        return WebResponse.seeOther(WebPaths.notificationPreferences + "?enregistre=1")
    }

    private static func page(
        _ context: WebContext, preferences: NotificationPreferences, revision: Int?,
        notice: String?, error: String?, status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let saved: HTML? = notice.map {
            "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>\($0)</p></div>"
        }
        let main: HTML = """
            <h1>Mes préférences de notification</h1>
            \(saved)
            \(WebLayout.alert(error.map { "Erreur : \($0)" }))
            <p>Les messages qui demandent une action de votre part (candidatures, conventions, ordres de mission, rappels) sont toujours envoyés. Les récapitulatifs hebdomadaires (temps déclarés à valider ; pour un talent, les nouvelles missions qui correspondent à ses <a href="/mes-recherches">recherches enregistrées</a>) peuvent être désactivés.</p>
            <form method="post" action="\(WebPaths.notificationPreferences)">
            \(WebField.hidden(context, revision: revision))
            \(WebField.checkbox("recapitulatifs", label: "Recevoir les récapitulatifs hebdomadaires par courriel", checked: !preferences.digestsMuted))
            <button class="fr-btn" type="submit">Enregistrer mes préférences</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page("Mes préférences de notification", context: context, main: main),
            context: context, status: status)
    }
}
