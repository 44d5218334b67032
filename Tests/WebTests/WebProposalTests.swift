import Foundation
import Testing

@testable import AppTestSupport

/// Issue 22 over real sockets: an agent with no role signs up from the home page's "Proposer une
/// mission", has their employment confirmed by a referent, proposes a mission, the operator
/// publishes it, a talent applies and the agent answers; a co-owner added by the referent answers
/// another application; the referent transfers the mission (confirmed first).
@Suite struct WebProposalTests {
    @Test func anAgentProposesAMissionAndAnswersItsApplicationsWithACoOwner() throws {
        let world = try ApplicationWorld(talents: 2)
        defer { world.close() }
        for (name, email, role) in [
            ("Régine Référente", "referent@numerique.gouv.fr", "referent"),
            ("Paul Collègue", "paul.collegue@numerique.gouv.fr", "line-manager")
        ] {
            _ = try world.admin(
                "users", "add", "--name", name, "--email", email, "--role", role, "--administration", "MINESSAI")
        }
        _ = try world.admin(
            "administrations", "add", "--name", "Ministère voisin", "--acronym", "MINVOISIN", "--level", "ministry")
        let neighbour = try world.sql("SELECT id FROM administrations WHERE acronym = 'MINVOISIN'")
        let email = "agathe.martin@numerique.gouv.fr"

        // The home page's door leads through sign-in, the target kept; the agent signs up.
        let agent = WebBrowser(world.server)
        #expect(try agent.get("/").text.contains("href=\"/proposer-une-mission\""))
        let door = try agent.get("/proposer-une-mission")
        #expect(door.status == 303 && door.headers["location"] == "/connexion?retour=%2Fproposer-une-mission")
        try agent.get("/inscription")
        #expect(try agent.post("/inscription", [("email", email)]).status == 200)
        try WebBrowser.waitForLinks(world.database, to: email, count: 1)
        try agent.signIn(email, database: world.database)
        let agentID = try world.sql("SELECT id FROM users WHERE email = '\(email)'")
        #expect(try world.sql("SELECT group_concat(role) FROM user_roles WHERE user_id = \(agentID)") == "talent")

        // Not confirmed yet: the reason and the steps; the form is refused.
        let waiting = try agent.get("/proposer-une-mission")
        #expect(waiting.status == 200 && waiting.text.contains("Votre emploi doit d’abord être confirmé"))
        try WebAccessibility.expectNoViolations(
            documents: ["proposer-non-confirme": waiting.text], server: world.server)
        #expect(try agent.get("/espace-responsable/missions/nouvelle").status == 403)
        #expect(
            try agent.post("/espace-responsable/missions/nouvelle", MissionFormInput.fields(title: "Trop tôt")).status
                == 403)
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")

        // The profile declares the administration; its referent confirms the employment.
        try agent.get("/mon-profil")
        #expect(try agent.post("/mon-profil", WebTalentTests.profile()).status == 303)
        let talentID = try world.sql("SELECT id FROM talents WHERE user_id = \(agentID)")
        let referent = WebBrowser(world.server)
        try referent.signIn("referent@numerique.gouv.fr", database: world.database)
        try referent.get("/referent/agents-a-confirmer")
        let talentRevision = try world.sql("SELECT revision FROM talents WHERE id = \(talentID)")
        #expect(
            try referent.post(
                "/referent/agents-a-confirmer/\(talentID)/confirmer", [("revision", talentRevision)]
            ).status == 303)

        // Confirmed: the door opens on the form; another administration is refused with its reason.
        #expect(try agent.get("/proposer-une-mission").text.contains("href=\"/espace-responsable/missions/nouvelle\""))
        let form = try agent.get("/espace-responsable/missions/nouvelle")
        #expect(form.status == 200 && form.text.contains("<h1>Proposer une mission</h1>"))
        try WebAccessibility.expectNoViolations(documents: ["proposer-formulaire": form.text], server: world.server)
        let elsewhere = try agent.post(
            "/espace-responsable/missions/nouvelle",
            MissionFormInput.fields(title: "Pour le voisin") + [("administration", neighbour)])
        #expect(elsewhere.status == 422 && elsewhere.text.contains("id=\"administration-erreur\""))
        try WebAccessibility.expectNoViolations(documents: ["proposer-refus": elsewhere.text], server: world.server)
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")
        let title = "Audit du portail des agents"
        try agent.get("/espace-responsable/missions/nouvelle")
        let created = try agent.post(
            "/espace-responsable/missions/nouvelle", MissionFormInput.fields(title: title) + [("administration", "1")])
        #expect(created.status == 303)
        let missionID = try world.sql("SELECT id FROM missions WHERE title = '\(title)'")
        #expect(try world.sql("SELECT owner_id || '|' || administration_id FROM missions") == "\(agentID)|1")
        #expect(try world.sql("SELECT group_concat(role) FROM user_roles WHERE user_id = \(agentID)") == "talent")
        let space = try agent.get("/mon-espace").text
        #expect(
            space.contains("href=\"/espace-responsable/missions\"") && space.contains("href=\"/proposer-une-mission\""))
        try agent.get("/espace-responsable/missions")
        #expect(
            try agent.post(
                "/espace-responsable/missions/\(missionID)/soumettre", [("revision", revision(world, missionID))]
            ).status == 303)

        // The operator publishes it; a talent applies; the agent answers.
        let operatorBrowser = WebBrowser(world.server)
        try operatorBrowser.signIn("operator@numerique.gouv.fr", database: world.database)
        try operatorBrowser.get("/console/missions/\(missionID)")
        #expect(
            try operatorBrowser.post(
                "/console/missions/\(missionID)/publier", [("revision", revision(world, missionID))]
            ).status == 303)
        #expect(try world.sql("SELECT state FROM missions") == "published")
        let first = try apply(world, "talent1@numerique.gouv.fr", to: missionID)
        try agent.get("/espace-responsable/candidatures")
        let accepted = try agent.post(
            "/candidatures/\(first)/accepter",
            [("revision", applicationRevision(world, first)), ("confirmation", "oui")])
        #expect(accepted.status == 303)
        #expect(try world.sql("SELECT status FROM applications WHERE id = \(first)") == "accepted")

        // The referent adds a co-owner, who answers another application.
        let colleague = try world.sql("SELECT id FROM users WHERE email = 'paul.collegue@numerique.gouv.fr'")
        let owners = try referent.get("/missions/\(missionID)/responsables")
        #expect(owners.status == 200 && owners.text.contains("Paul Collègue"))
        try WebAccessibility.expectNoViolations(documents: ["responsables": owners.text], server: world.server)
        #expect(
            try referent.get("/missions/\(missionID)").text.contains("href=\"/missions/\(missionID)/responsables\""))
        try referent.get("/missions/\(missionID)/responsables")
        let added = try referent.post(
            "/missions/\(missionID)/responsables/ajouter",
            [("co-responsable", colleague), ("revision", revision(world, missionID))])
        #expect(added.status == 303)
        #expect(try world.sql("SELECT user_id FROM mission_co_owners WHERE mission_id = \(missionID)") == colleague)
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'mission.co-owner-added'") == "1")
        let second = try apply(world, "talent2@numerique.gouv.fr", to: missionID)
        // The co-owner is told of the new application as the owner is (he was added after the first).
        #expect(
            try world.sql(
                "SELECT count(*) FROM notification_outbox WHERE kind = 'application-received' "
                    + "AND recipient_email = 'paul.collegue@numerique.gouv.fr'") == "1")
        let coOwner = WebBrowser(world.server)
        try coOwner.signIn("paul.collegue@numerique.gouv.fr", database: world.database)
        #expect(try coOwner.get("/espace-responsable/candidatures").text.contains(title))
        let declined = try coOwner.post(
            "/candidatures/\(second)/decliner",
            [("revision", applicationRevision(world, second)), ("motif", "mission-filled"), ("confirmation", "oui")])
        #expect(declined.status == 303)
        #expect(try world.sql("SELECT status FROM applications WHERE id = \(second)") == "declined")

        // The transfer is confirmed first, then the colleague owns the mission and is no co-owner.
        try referent.get("/missions/\(missionID)/responsables")
        let fields = [("utilisateur", colleague), ("revision", try revision(world, missionID))]
        let confirm = try referent.post("/missions/\(missionID)/responsables/transferer", fields)
        #expect(confirm.status == 200 && confirm.text.contains("name=\"confirmation\" value=\"oui\""))
        try WebAccessibility.expectNoViolations(documents: ["transfert": confirm.text], server: world.server)
        #expect(try world.sql("SELECT owner_id FROM missions") == agentID)
        let transferred = try referent.post(
            "/missions/\(missionID)/responsables/transferer", fields + [("confirmation", "oui")])
        #expect(transferred.status == 303)
        #expect(try world.sql("SELECT owner_id FROM missions") == colleague)
        #expect(try world.sql("SELECT count(*) FROM mission_co_owners") == "0")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'mission.transferred'") == "1")
        // The former owner no longer answers for it.
        #expect(try agent.get("/espace-responsable/candidatures/\(first)").status != 200)
    }

    private func revision(_ world: ApplicationWorld, _ missionID: String) throws -> String {
        try world.sql("SELECT revision FROM missions WHERE id = \(missionID)")
    }

    private func applicationRevision(_ world: ApplicationWorld, _ id: String) throws -> String {
        try world.sql("SELECT revision FROM applications WHERE id = \(id)")
    }

    /// `email`, a talent of the world, applies to the mission through its page; the application's id.
    private func apply(_ world: ApplicationWorld, _ email: String, to missionID: String) throws -> String {
        let talent = WebBrowser(world.server)
        try talent.signIn(email, database: world.database)
        try talent.get("/missions/\(missionID)")
        let applied = try talent.post(
            "/missions/\(missionID)/candidature", [("motivation", "Je connais bien les audits RGAA.")])
        #expect(applied.status == 303)
        return try world.sql(
            "SELECT a.id FROM applications a JOIN talents t ON t.id = a.talent_id JOIN users u ON u.id = t.user_id "
                + "WHERE u.email = '\(email)'")
    }
}
