import HTTP

extension WebRoutes {
    /// The referent's pages (issue 18): the register of mission orders and its download, the
    /// cancellation of an order, the credit account and its statement, the agents to confirm.
    static func addReferentPages(_ on: Register) {
        on(.get, ReferentOrdersPage.path) { try ReferentOrdersPage.render($0) }
        on(.get, ReferentOrdersPage.path + ".csv") { try ReferentDownloads.missionOrders($0) }
        on(.post, "/ordres-de-mission/{id}/annuler") { try MissionOrderPage.cancel($0) }
        on(.get, ReferentCreditsPage.path) { try ReferentCreditsPage.render($0) }
        on(.get, ReferentCreditsPage.path + "/releve.csv") { try ReferentDownloads.creditStatement($0) }
        on(.get, ReferentAgentsPage.path) { try ReferentAgentsPage.render($0) }
        on(.post, ReferentAgentsPage.path + "/{id}/confirmer") { try ReferentAgentsPage.confirm($0) }
    }
}
