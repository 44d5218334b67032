import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The operator's *Vis mon job* console, the ambassador's changes and the student's edit form
    /// (issue 18). The console is the operator's: every other persona meets the use cases' 403
    /// before anything is asked or written. An ambassador's registration or a student's link
    /// that does not exist is a 404 for everyone.
    static let visMonJobConsoleRows: [WebAccessRow] =
        [
            .get("/console/vis-mon-job", allowed: [.operator]),
            .post(
                "/console/vis-mon-job",
                fields: [
                    ("nom", "Vis mon job, édition refusée"), ("ouverture", day(-1)), ("cloture", day(10)),
                    ("journee", day(30)), ("fenetre", "30")
                ], allowed: [.operator]),
            .get("/console/vis-mon-job/{id}", allowed: [.operator]) { fixture, _ in
                WebProbe(path: "/console/vis-mon-job/\(try consoleEdition(fixture))")
            },
            .post("/console/vis-mon-job/{id}/creneaux", allowed: [.operator]) { fixture, _ in
                WebProbe(
                    path: "/console/vis-mon-job/\(try consoleEdition(fixture))/creneaux",
                    fields: [("date", day(10)), ("heure", "10:00"), ("capacite", "5"), ("lieu", "Salle 1")])
            },
            .post("/console/vis-mon-job/{id}/ajustement", allowed: [.operator]) { fixture, _ in
                WebProbe(
                    path: "/console/vis-mon-job/\(try consoleEdition(fixture))/ajustement",
                    fields: [("revision", "1"), ("etudiant", "1"), ("ambassadeur", "1")])
            },
            .row("POST", "/console/vis-mon-job/binomes/{id}/effectue", expect: [303, 404, 404, 404, 404, 404]) { _, _ in
                WebProbe(path: "/console/vis-mon-job/binomes/999999/effectue", fields: [("confirmation", "oui")])
            },
            .row("POST", "/vis-mon-job/ambassadeur/modifier", expect: [303, 404, 404, 404, 404, 404]) { _, _ in
                WebProbe(
                    path: "/vis-mon-job/ambassadeur/modifier",
                    fields: [
                        ("ambassadeur", "999999"), ("revision", "1"), ("metier", "developer"), ("departement", "75"),
                        ("ville", "Paris"), ("capacite", "1"), ("description", "Une journée.")
                    ])
            },
            .row("POST", "/vis-mon-job/ambassadeur/retrait", expect: [303, 404, 404, 404, 404, 404]) { _, _ in
                WebProbe(
                    path: "/vis-mon-job/ambassadeur/retrait",
                    fields: [("ambassadeur", "999999"), ("revision", "1"), ("confirmation", "oui")])
            },
            .row("POST", "/vis-mon-job/binome/modifier", expect: [404, 404, 404, 404, 404, 404]) { _, _ in
                WebProbe(path: "/vis-mon-job/binome/modifier", fields: [("jeton", unknownStudentToken)])
            }
        ]
        // The irreversible steps ask first; the question is the operator's only.
        + ["cloture", "appariement", "publication", "terminer"].map { action in
            .post("/console/vis-mon-job/{id}/\(action)", allowed: [.operator]) { fixture, _ in
                WebProbe(
                    path: "/console/vis-mon-job/\(try consoleEdition(fixture))/\(action)", fields: [("revision", "1")])
            }
        }

    /// An edition of the console rows, created by the operator over the JSON API the first time.
    static func consoleEdition(_ fixture: DemoFixture) throws -> String {
        let name = "Vis mon job, édition de la console"
        let found = try fixture.sql("SELECT id FROM vmj_editions WHERE name = '\(name)'")
        if !found.isEmpty { return found }
        let created = try fixture.server.send(
            "POST", "/v1/vmj/editions", token: fixture.token(.operator),
            json:
                #"{"name":"\#(name)","eventDay":"\#(day(30))","registrationOpens":"\#(day(-1))","registrationCloses":"\#(day(10))"}"#
        )
        guard created.status == 201, let id = (created.json as? [String: Any])?["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "creating the console's edition: \(created.status) \(created.text)")
        }
        return String(id)
    }
}
