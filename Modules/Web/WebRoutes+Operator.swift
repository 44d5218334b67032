import HTTP

extension WebRoutes {
    /// The operator's and referents' pages (issue 18): accounts, administrations, corrective
    /// actions, the programme's figures over a period.
    static func addOperatorPages(_ on: Register) {
        on(.get, UsersPage.path) { try UsersPage.render($0) }
        on(.post, UsersPage.path) { try UsersPage.add($0) }
        on(.get, "/utilisateurs/{id}") { try UserPage.render($0) }
        on(.post, "/utilisateurs/{id}/roles") { try UserPage.changeRoles($0) }
        on(.post, "/utilisateurs/{id}/desactiver") { try UserPage.changeActivation($0, active: false) }
        on(.post, "/utilisateurs/{id}/reactiver") { try UserPage.changeActivation($0, active: true) }
    }
}
