import HTTP

/// The talent's and the line manager's pages of issue #18: withdrawing an application, saved
/// searches, recommended missions, the agents a line manager signs for, interrupting an agreement.
extension WebRoutes {
    static func addTalentPages(_ on: Register) {
        on(.post, "/candidatures/{id}/retirer") { try MyApplicationsPage.withdraw($0) }
        on(.get, SavedSearchesPage.path) { try SavedSearchesPage.render($0) }
        on(.post, SavedSearchesPage.path) { try SavedSearchesPage.create($0) }
        on(.post, SavedSearchesPage.path + "/{id}/supprimer") { try SavedSearchesPage.delete($0) }
        on(.get, RecommendedMissionsPage.path) { try RecommendedMissionsPage.render($0) }
        on(.get, SupervisedAgentsPage.path) { try SupervisedAgentsPage.render($0) }
        on(.post, "/conventions/{id}/interrompre") { try AgreementPage.interrupt($0) }
    }
}
