import Domain
import Foundation
import Testing
import Workflows

/// The pages through the router in process, over the demo dataset: each answers well-formed
/// French HTML with one title and one `h1`, for the public and for each role signed in.
@Suite struct WebPagesInProcessTests {
    @Test func publicPagesAreWellFormedFrenchHTML() throws {
        let web = try WebInProcess()
        defer { web.close() }
        let catalogue = try web.get("/missions")
        let mission = try #require(catalogue.text.firstMatch(of: /href="(\/missions\/[0-9]+)"/)?.1)
        for path in [
            "/", "/missions", "/missions?q=donnees", String(mission), "/connexion", "/vis-mon-job",
            "/a-l-honneur", "/inscription"
        ] {
            let page = try web.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(page.contentType == "text/html; charset=utf-8", "\(path)")
            let document = try page.document()
            #expect(document.all("html").first?.attributes["lang"] == "fr", "\(path)")
            #expect(document.all("h1").count == 1, "\(path)")
            #expect(document.text(of: "title")?.isEmpty == false, "\(path)")
        }
    }

    @Test func theCatalogueAndTheMissionNameTheAdministrationAndTheSkills() throws {
        let web = try WebInProcess()
        defer { web.close() }
        let mission = try #require(try web.workflows.publishedMissions(matching: MissionSearch(limit: 1)).items.first)
        let administration = try #require(try web.workflows.administration(mission.administrationID))
        let required = try #require(mission.details.requiredSkills.first)
        let skill = try #require(SkillTaxonomy.standard.skill(required.code))
        for path in ["/missions", "/missions/\(mission.id.rawValue)"] {
            let text = try web.get(path).document().text(of: "main") ?? ""
            #expect(text.contains(administration.name.replacingOccurrences(of: "'", with: "&#39;")), "\(path)")
            #expect(text.contains(skill.name.replacingOccurrences(of: "'", with: "&#39;")), "\(path)")
            #expect(!text.contains(skill.code.rawValue), "\(path): a code, not the skill's name")
        }
    }

    @Test func eachRoleReadsItsPagesSignedIn() throws {
        let web = try WebInProcess()
        defer { web.close() }
        let pages: [(Role, [String])] = [
            (.talent, ["/mes-candidatures", "/mon-profil", "/mes-distinctions", "/mes-conventions"]),
            (.missionOwner, ["/espace-responsable/candidatures", "/espace-responsable/missions", "/mes-conventions"]),
            (.referent, ["/mes-conventions"]),
            (.lineManager, ["/mes-conventions"]),
            (.operator, ["/console", "/mes-conventions"])
        ]
        for (role, paths) in pages {
            let user = try web.user(holding: role)
            // Everyone's space and preferences (issue 17).
            for path in paths + ["/mon-espace", "/mes-preferences"] {
                let page = try web.get(path, as: user)
                #expect(page.status == 200, "\(role) \(path)")
                let document = try page.document()
                #expect(document.all("h1").count == 1, "\(role) \(path)")
                // The signed-in person is named in the frame.
                #expect(page.text.contains(user.displayName), "\(role) \(path)")
            }
        }
    }

    @Test func agreementsAndMissionOrdersNameTheirPeople() throws {
        let web = try WebInProcess()
        defer { web.close() }
        let (view, order) = try web.signedAgreementWithOrder()
        let people = view.people
        let talent = try #require(
            try web.users(holding: .talent).first { $0.id == view.agreement.parties.talentUserID })
        let agreement = try web.get("/conventions/\(view.agreement.id.rawValue)", as: talent)
        #expect(agreement.status == 200)
        let text = try agreement.document().text(of: "main") ?? ""
        let names =
            [people.talent, people.owner, people.employer.name, people.beneficiary.name]
            + [people.lineManager].compactMap { $0 }
        for name in names {
            #expect(text.contains(name.replacingOccurrences(of: "'", with: "&#39;")), "\(name)")
        }
        // Each signature with whoever gave it.
        #expect(text.contains("Talent (\(people.talent)) : signée le"))
        #expect(text.contains("Responsable de mission (\(people.owner)) : signée le"))
        let page = try web.get("/ordres-de-mission/\(order.id.rawValue)", as: talent)
        #expect(page.status == 200)
        let orderText = try page.document().text(of: "main") ?? ""
        for name in [order.reference.description, people.talent, people.employer.name, people.beneficiary.name] {
            #expect(orderText.contains(name.replacingOccurrences(of: "'", with: "&#39;")), "\(name)")
        }
        // The agreements list tells two agreements on one mission apart by their agent.
        let list = try web.get("/mes-conventions", as: talent).document().text(of: "main") ?? ""
        #expect(list.contains("Agent : \(people.talent)"))
    }

    @Test func signedOutVisitorsAreSentToTheSignInPage() throws {
        let web = try WebInProcess()
        defer { web.close() }
        for path in ["/mes-candidatures", "/mon-profil", "/console", "/mes-conventions"] {
            let page = try web.get(path)
            #expect(page.status == 303, "\(path)")
            #expect(page.location?.hasPrefix("/connexion") == true, "\(path)")
        }
    }

    @Test func theConsoleIsTheOperatorsOnly() throws {
        let web = try WebInProcess()
        defer { web.close() }
        let page = try web.get("/console", as: try web.user(holding: .talent))
        #expect(page.status == 403)
        #expect(try page.document().text(of: "h1") == "Accès refusé")
    }

    @Test func anUnknownMissionIsAFrenchPage() throws {
        let web = try WebInProcess()
        defer { web.close() }
        let page = try web.get("/missions/999999")
        #expect(page.status == 404)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(try page.document().all("h1").count == 1)
    }

    @Test func theOutlineRefusesMalformedHTML() {
        #expect(throws: HTMLOutline.Fault.self) { try HTMLOutline("<main><p>text</main>") }
        #expect(throws: HTMLOutline.Fault.self) { try HTMLOutline("<p class=x>text</p>") }
        #expect(throws: HTMLOutline.Fault.self) { try HTMLOutline("<p id=\"a\"></p><p id=\"a\"></p>") }
        #expect(throws: HTMLOutline.Fault.self) { try HTMLOutline("<div>") }
        let outline = try? HTMLOutline("<p>a<br>b <img src=\"x\" alt=\"\"></p><!-- <x> -->")
        #expect(outline?.all("p").first?.text == "ab ")
    }
}
