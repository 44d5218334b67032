import HTTP

extension WebRoutes {
    /// Closing an account: by the person from `/mes-donnees`, by the operator on request.
    static func addAccountClosurePages(_ on: Register) {
        on(.post, AccountClosurePage.closePath) { try AccountClosurePage.closeOwn($0) }
        on(.get, AccountClosurePage.closedPath) { try AccountClosurePage.closed($0) }
        on(.post, "/utilisateurs/{id}/fermer") { try AccountClosurePage.closeOnRequest($0) }
    }
}
