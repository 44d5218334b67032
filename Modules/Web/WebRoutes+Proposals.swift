import Domain
import HTTP

extension WebRoutes {
    /// Issue 22: any confirmed agent proposes a mission; a referent or the operator transfers a
    /// mission or changes its co-owners.
    static func addProposalPages(_ on: Register) {
        on(.get, ProposalPage.path) { try ProposalPage.render($0) }
        on(.get, "/missions/{id}/responsables") { try MissionOwnersPage.render($0) }
        on(.post, "/missions/{id}/responsables/transferer") { try MissionOwnersPage.transfer($0) }
        on(.post, "/missions/{id}/responsables/ajouter") { try MissionOwnersPage.addCoOwner($0) }
        on(.post, "/missions/{id}/responsables/retirer") { try MissionOwnersPage.removeCoOwner($0) }
    }
}
