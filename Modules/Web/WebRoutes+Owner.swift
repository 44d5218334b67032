import Domain
import HTTP

extension WebRoutes {
    /// The mission owner's pages of part 3: an application read to choose, the pool and its
    /// invitations, the talents recommended for a mission, closing or cancelling a mission.
    static func addOwnerPages(_ on: Register) {
        on(.get, "/espace-responsable/candidatures/{id}") { try OwnerApplicationPage.render($0) }
        on(.get, PoolSearchPage.path) { try PoolSearchPage.render($0) }
        on(.get, "/vivier/{id}") { try PoolProfilePage.render($0) }
        on(.post, "/vivier/{id}/inviter") { try PoolProfilePage.invite($0) }
        on(.get, "/espace-responsable/missions/{id}/talents-recommandes") { try RecommendedTalentsPage.render($0) }
        on(.post, "/espace-responsable/missions/{id}/cloturer") { try OwnerMissionsPage.close($0, as: .filled) }
        on(.post, "/espace-responsable/missions/{id}/annuler") { try OwnerMissionsPage.close($0, as: .cancelled) }
    }
}
