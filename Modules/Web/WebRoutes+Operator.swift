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
        on(.get, AdministrationsPage.path) { try AdministrationsPage.render($0) }
        on(.post, AdministrationsPage.path) { try AdministrationsPage.add($0) }
        on(.get, "/console/administrations/{id}") { try AdministrationsPage.renderEdit($0) }
        on(.post, "/console/administrations/{id}") { try AdministrationsPage.edit($0) }
        on(.get, CorrectionsPage.applicationsPath) { try CorrectionsPage.applications($0) }
        on(.get, "/console/candidatures/{id}") { try CorrectionsPage.application($0) }
        on(.post, "/console/candidatures/{id}/rouvrir") { try CorrectionsPage.reopen($0) }
        on(.get, CorrectionsPage.diplomasPath) { try CorrectionsPage.diplomas($0) }
        on(.get, "/console/diplomes/{id}") { try CorrectionsPage.diploma($0) }
        on(.post, "/console/diplomes/{id}/revoquer") { try CorrectionsPage.revoke($0) }
        on(.get, ConsoleFiguresSheet.path) { try ConsoleFiguresSheet.download($0) }
    }
}
