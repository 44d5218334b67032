@testable import AppTestSupport

extension WebAccessMatrix {
    /// Closing an account (issue #19): one's own from `/mes-donnees` (anyone signed in), another
    /// person's on request from the user's page (the operator only: a referent managing the
    /// account is refused too), and the page saying the account is closed (public).
    static let accountClosureRows: [WebAccessRow] = [
        .get("/compte-ferme", allowed: .everyone),
        .post("/mes-donnees/fermer-mon-compte", allowed: .signedIn),
        .post("/utilisateurs/{id}/fermer", fields: [("confirmation", "oui")], allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/utilisateurs/\(fixture.member(.talent).id)/fermer", fields: [("confirmation", "oui")])
        }
    ]
}
