import Foundation
import Testing

@testable import AppTestSupport

/// The talent pages of the web front (issue 11) on the real binary: the profile editor
/// (`/mon-profil`), the pool consent, the distinctions and diplomas, the spotlight and the
/// diploma verification page (WebTalentTests+Recognition.swift); the database is read back.
@Suite struct WebTalentTests {
    static let hostile = "<script>alert(1)</script>"
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"

    @Test func aNewTalentIsInvitedToCreateTheProfileAndCreatesIt() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        try world.admin(
            "users", "add", "--name", "Sacha Nouveau", "--email", "sacha@numerique.gouv.fr",
            "--role", "talent", "--administration", "MINESSAI")
        let browser = WebBrowser(world.server)
        #expect(try browser.get("/mon-profil").status == 303, "signed out: to the sign-in page")
        try browser.signIn("sacha@numerique.gouv.fr", database: world.database)
        let applications = try browser.get("/mes-candidatures").text
        #expect(applications.contains("<a href=\"/mon-profil\">Compléter mon profil</a>"))
        for entry in [
            "/mon-profil\">Mon profil", "/mes-distinctions\">Mes distinctions", "/a-l-honneur\">À l&#39;honneur"
        ] {
            #expect(applications.contains(entry), "nav: \(entry)")
        }

        let form = try browser.get("/mon-profil")
        #expect(
            form.status == 200
                && form.text.contains("<button class=\"fr-btn\" type=\"submit\">Créer mon profil</button>"))
        for id in Self.fieldIDs { #expect(form.text.contains("<label class=\"fr-label\" for=\"\(id)\">"), "\(id)") }
        #expect(form.text.contains("<option value=\"1\" selected>"), "the user's administration comes first")
        #expect(!form.text.contains("name=\"revision\"") && form.text.contains("Une fois votre profil créé"))

        // Every text field gets a script: refused with each error tied to its field, all escaped.
        let refused = try browser.post(
            "/mon-profil",
            Self.profile(
                Dictionary(
                    uniqueKeysWithValues: Self.textFieldIDs.map {
                        ($0, Self.hostile)
                    })))
        #expect(refused.status == 422)
        #expect(!refused.text.contains("<script>"))
        #expect(refused.text.contains("id=\"departement\" name=\"departement\" value=\"\(Self.escaped)\""))
        #expect(refused.text.contains(">\(Self.escaped)</textarea>"))
        for id in ["departement", "responsable-courriel", "heures", "disponible-du", "disponible-au"] {
            #expect(refused.text.contains("<p class=\"fr-error-text\" id=\"\(id)-erreur\">"), "\(id)")
            #expect(refused.text.contains("<li><a href=\"#\(id)\">"), "summary links to \(id)")
        }
        #expect(refused.text.contains("aria-describedby=\"departement-aide departement-erreur\" aria-invalid=\"true\""))
        let noSkill = try browser.post(
            "/mon-profil", Self.profile(["competence-a11y-audit": "", "competence-dev-backend": ""]))
        #expect(noSkill.status == 422 && noSkill.text.contains("id=\"competences-erreur\""))
        #expect(noSkill.text.contains("aria-describedby=\"competences-aide competences-erreur\""))
        #expect(try world.sql("SELECT count(*) FROM talents") == "0")
        try WebAccessibility.expectNoViolations(
            ["/mes-candidatures", "/mon-profil", "/mon-profil!departement=xx"],
            browser: browser)

        // Free texts are saved as typed and shown escaped.
        let created = try browser.post(
            "/mon-profil", Self.profile(["responsable-nom": Self.hostile, "presentation": Self.hostile]))
        #expect(created.status == 303 && created.headers["location"] == "/mon-profil?enregistre=1")
        #expect(
            try world.sql(
                "SELECT line_manager_name || '|' || presentation || '|' || departement || '|' || hours_per_month "
                    + "|| '|' || available_from || '|' || available_until || '|' || status || '|' || revision FROM talents"
            )
                == "\(Self.hostile)|\(Self.hostile)|2A|12|2026-01-05|2026-12-18|contract-agent|1")
        #expect(
            try world.sql(
                "SELECT group_concat(skill_code || ':' || level) FROM (SELECT * FROM talent_skills ORDER BY position)")
                == "dev-backend:2,a11y-audit:3")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'talent.created'") == "1")
        let saved = try browser.get("/mon-profil?enregistre=1").text
        #expect(saved.contains("Votre profil est enregistré.") && saved.contains("name=\"revision\" value=\"1\""))
        #expect(saved.contains("Enregistrer mon profil</button>") && saved.contains("Rejoindre le vivier</button>"))
        #expect(saved.contains("Emploi en attente de confirmation."), "a new profile's employer awaits its referent")
        #expect(
            !saved.contains("<script>")
                && saved.contains("id=\"responsable-nom\" name=\"responsable-nom\" value=\"\(Self.escaped)\""))
        #expect(!(try browser.get("/mes-candidatures").text.contains("Compléter mon profil")))

        // A creation form sent again (another tab) does not create a second profile.
        let again = try browser.post("/mon-profil", Self.profile())
        #expect(
            again.status == 409 && again.text.contains("modifié entre-temps")
                && again.text.contains("name=\"revision\" value=\"1\""))
        #expect(try world.sql("SELECT count(*) FROM talents") == "1")
    }

    @Test func theProfileIsEditedWithItsRevisionAndAStaleOneIsRefused() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.signIn("talent1@numerique.gouv.fr", database: world.database)
        let form = try browser.get("/mon-profil").text
        #expect(form.contains("id=\"departement\" name=\"departement\" value=\"75\""))
        #expect(form.contains("<option value=\"3\" selected>3 — Maîtrise</option>"), "a11y-audit at level 3")
        #expect(form.contains("Compétences déclarées : Audit d&#39;accessibilité (RGAA) (3 — Maîtrise)."))
        #expect(form.contains("<option value=\"civil-servant\" selected>") && form.contains("value=\"Hélène Garnier\""))
        #expect(form.contains("name=\"revision\" value=\"1\""))

        // The profile's rules, checked by the use case: 422 next to the field, input kept, nothing saved.
        let revision = [("revision", "1")]
        for (field, value) in [
            ("heures", "152"), ("disponible-au", "2025-12-31"),
            ("presentation", String(repeating: "a", count: 2001))
        ] {
            try browser.get("/mon-profil")
            let refused = try browser.post("/mon-profil", Self.profile([field: value]) + revision)
            #expect(refused.status == 422 && refused.text.contains("id=\"\(field)-erreur\""), "\(field)")
            #expect(refused.text.contains(value), "\(field) kept")
        }
        #expect(try world.sql("SELECT hours_per_month || '|' || revision FROM talents") == "8|1")

        try browser.get("/mon-profil")
        let saved = try browser.post("/mon-profil", Self.profile(["heures": "20"]) + revision)
        #expect(saved.status == 303)
        #expect(
            try world.sql("SELECT hours_per_month || '|' || revision || '|' || departement FROM talents") == "20|2|2A")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'talent.profile-updated'") == "1")

        // The form read at revision 1 is now stale: 409, the input kept, the current revision offered.
        try browser.get("/mes-candidatures")
        let stale = try browser.post("/mon-profil", Self.profile(["heures": "30"]) + revision)
        #expect(stale.status == 409 && stale.text.contains("modifié entre-temps"))
        #expect(
            stale.text.contains("id=\"heures\" name=\"heures\" value=\"30\"")
                && stale.text.contains("name=\"revision\" value=\"2\""))
        #expect(try world.sql("SELECT hours_per_month || '|' || revision FROM talents") == "20|2")

        // The profile page is for talents: an owner gets 403 and no such menu entry.
        let owner = WebBrowser(world.server)
        try owner.signIn("owner@numerique.gouv.fr", database: world.database)
        #expect(!(try owner.get("/mes-candidatures").text.contains("Mon profil")))
        #expect(try owner.get("/mon-profil").status == 403)
    }

    @Test func theTalentJoinsAndLeavesThePoolWithExplicitConsent() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.signIn("talent1@numerique.gouv.fr", database: world.database)
        let page = try browser.get("/mon-profil").text
        #expect(
            page.contains("<label class=\"fr-label\" for=\"consentement-vivier\">")
                && page.contains("Rejoindre le vivier</button>"))
        try WebAccessibility.expectNoViolations(["/mon-profil", "/mon-profil!consentement-vivier="], browser: browser)

        let unticked = try browser.post("/mon-profil/vivier", [("revision", "1")])
        #expect(unticked.status == 422 && unticked.text.contains("id=\"consentement-vivier-erreur\""))
        #expect(unticked.text.contains("aria-describedby=\"consentement-vivier-erreur\" aria-invalid=\"true\""))
        #expect(try world.sql("SELECT count(*) FROM talents WHERE pool_consent_at IS NULL") == "1")

        try browser.get("/mon-profil")
        let joined = try browser.post("/mon-profil/vivier", [("revision", "1"), ("consentement", "oui")])
        #expect(joined.status == 303 && joined.headers["location"] == "/mon-profil#vivier")
        #expect(try world.sql("SELECT count(*) FROM talents WHERE pool_consent_at IS NOT NULL AND revision = 2") == "1")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'talent.pool-joined'") == "1")
        let member = try browser.get("/mon-profil").text
        #expect(member.contains("dans le vivier depuis le") && member.contains("Quitter le vivier</button>"))
        let pool = try world.send("GET", "/v1/pool", as: "owner")
        #expect(((pool.json as? [String: Any])?["items"] as? [Any])?.count == 1, "the owner finds the talent")

        let stale = try browser.post("/mon-profil/vivier/quitter", [("revision", "1")])
        #expect(stale.status == 409 && stale.text.contains("Quitter le vivier</button>"))
        try browser.get("/mon-profil")
        #expect(try browser.post("/mon-profil/vivier/quitter", [("revision", "2")]).status == 303)
        #expect(try world.sql("SELECT count(*) FROM talents WHERE pool_consent_at IS NULL AND revision = 3") == "1")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'talent.pool-left'") == "1")
    }

    @Test func everyTalentFormRefusesAMissingOrWrongCSRFToken() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.signIn("talent1@numerique.gouv.fr", database: world.database)
        try browser.get("/mon-profil")
        let before = try world.sql("SELECT count(*) FROM audit_events")
        let forms: [(path: String, fields: [(String, String)])] = [
            ("/mon-profil", Self.profile(["heures": "40"]) + [("revision", "1")]),
            ("/mon-profil/vivier", [("revision", "1"), ("consentement", "oui")]),
            ("/mon-profil/vivier/quitter", [("revision", "1")]),
            ("/a-l-honneur/participation", [("revision", "1"), ("choix", "participation"), ("consentement", "oui")])
        ]
        for form in forms {
            for csrf: String?? in [.none, .some("forged")] {
                #expect(
                    try browser.post(form.path, form.fields, csrf: csrf).status == 403,
                    "\(form.path) \(String(describing: csrf))")
            }
        }
        #expect(try world.sql("SELECT count(*) FROM audit_events") == before)
        #expect(
            try world.sql("SELECT hours_per_month || '|' || revision || '|' || (pool_consent_at IS NULL) FROM talents")
                == "8|1|1")
        #expect(try world.sql("SELECT count(*) FROM spotlight_consents") == "0")
    }

    // MARK: Helpers

    /// The ids (and names) of the profile form's fields, one skill's among them.
    static let fieldIDs = [
        "employeur", "statut", "departement", "responsable-nom", "responsable-courriel",
        "competence-a11y-audit", "heures", "disponible-du", "disponible-au", "presentation"
    ]
    /// The fields a user types text in.
    static let textFieldIDs = [
        "departement", "responsable-nom", "responsable-courriel", "heures", "disponible-du",
        "disponible-au", "presentation"
    ]

    /// A valid profile form for the world's ministry (administration 1), with `changes`.
    static func profile(_ changes: [String: String] = [:]) -> [(String, String)] {
        let fields = [
            "employeur": "1", "statut": "contract-agent", "departement": "2A", "responsable-nom": "Hélène Garnier",
            "responsable-courriel": "helene.garnier@numerique.gouv.fr", "competence-a11y-audit": "3",
            "competence-dev-backend": "2", "heures": "12", "disponible-du": "2026-01-05", "disponible-au": "2026-12-18",
            "presentation": "Auditrice RGAA."
        ].merging(changes) { $1 }
        return fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
