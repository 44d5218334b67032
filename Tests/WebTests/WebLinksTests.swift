import Domain
import Foundation
import Notifications
import Testing

@testable import AppTestSupport

/// Every link of every e-mail lands (issue 17): each message kind is rendered with the ids of a
/// real engagement, and each URL in it is followed over the real server by a browser signed in
/// as the recipient — a 200 HTML page with the heading of the page where they act. Signed out,
/// a page sends its reader through sign-in and back to it.
@Suite struct WebLinksTests {
    /// A rendered link to follow: who follows it, and the `<h1>` of the page it must open.
    struct Link {
        let path: String
        let reader: String?
        let heading: String
    }

    @Test func everyLinkOfEveryMessageKindOpensThePageWhereItsRecipientActs() throws {
        let world = try EngagementFixture(talents: 2)
        let missionID = try #require(Int64(try world.sql("SELECT id FROM missions")))
        let missionTitle = try world.sql("SELECT title FROM missions")
        let mission = MissionReference(id: MissionID(missionID), title: missionTitle)
        // Talent 0's application is accepted (the talent's links); talent 1's to a second mission
        // awaits the owner's answer (the owner's links).
        let accepted = ApplicationID(Int64(world.applications[0]))
        let pending = ApplicationID(try Self.pendingApplication(world))
        // Talent 0's agreement: signed, its mission order issued, an hour reported (to validate).
        let agreement = try world.signedAgreement(0)
        let path = "/v1/agreements/\(agreement.id)"
        #expect(
            try world.send(
                "POST", path + "/mission-order", as: "referent", key: "om-1",
                json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#
            ).status == 201)
        #expect(
            try world.send(
                "POST", path + "/time-reports", as: "talent0",
                json: #"{"date": "2026-03-05", "minutes": 60, "note": "Audit"}"#
            ).status == 201)
        // Talent 1's agreement: completed, hence its diploma.
        let completed = try world.signedAgreement(1)
        #expect(
            try world.send(
                "POST", "/v1/agreements/\(completed.id)/mission-order", as: "referent", key: "om-2",
                json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#
            ).status == 201)
        let current = try world.send("GET", "/v1/agreements/\(completed.id)", as: "owner").headers["etag"]
        let done = try world.send("POST", "/v1/agreements/\(completed.id)/complete", as: "owner", ifMatch: current)
        #expect(done.status == 200, "\(done.text)")
        let diploma = try world.sql("SELECT public_id FROM badge_assertions")
        let agreementID = Int64(agreement.id)
        let due = EngagementFixture.now.adding(days: 14)
        let day = try LocalDate(parsing: "2026-06-17")

        // One event of each kind, with who receives it and the heading of each page it links to.
        // The switch has no default: a new kind does not compile until it is covered here.
        var events: [(event: NotificationEvent, reader: String?, headings: [String])] = []
        let applications = "Candidatures à mes missions"
        let mine = "Mes candidatures"
        let convention = "Convention de mission"
        let preferences = "Mes préférences de notification"
        for kind in NotificationKind.allCases {
            switch kind {
            case .applicationReceived:
                events.append((.applicationReceived(mission: mission, applicationID: pending), "owner", [applications]))
            case .answerReminder:
                events.append(
                    (
                        .answerReminder(mission: mission, applicationID: pending, day: 7, dueAt: due),
                        "owner", [applications]
                    ))
            case .answerOverdue:
                events.append(
                    (
                        .answerOverdue(mission: mission, applicationID: pending, dueAt: due, escalation: false),
                        "owner", [applications]
                    ))
                events.append(
                    (
                        .answerOverdue(mission: mission, applicationID: pending, dueAt: due, escalation: true),
                        "operator", ["Console de l'opérateur"]
                    ))
            case .interviewProposed:
                events.append(
                    (
                        .interviewProposed(
                            mission: mission, applicationID: accepted,
                            interview: Interview(at: due, means: "Visioconférence")), "talent0", [mine]
                    ))
            case .applicationAccepted:
                events.append((.applicationAccepted(mission: mission, applicationID: accepted), "talent0", [mine]))
            case .applicationDeclined:
                events.append(
                    (
                        .applicationDeclined(mission: mission, applicationID: accepted, reason: .missionFilled),
                        "talent0", [mine]
                    ))
            case .agreementToSign:
                // To each party: the line manager reads it too.
                for (reader, party) in [
                    ("talent0", AgreementParty.talent), ("manager", .lineManager), ("owner", .owner)
                ] {
                    events.append(
                        (
                            .agreementToSign(
                                mission: mission, agreementID: agreementID, party: party,
                                awaiting: [party]), reader, [convention]
                        ))
                }
            case .agreementSigned:
                for reader in ["talent0", "manager", "owner"] {
                    events.append((.agreementSigned(mission: mission, agreementID: agreementID), reader, [convention]))
                }
            case .agreementRefused:
                events.append((.agreementRefused(mission: mission, agreementID: agreementID), "talent0", [convention]))
            case .missionOrderIssued:
                for reader in ["talent0", "owner"] {
                    events.append(
                        (
                            .missionOrderIssued(
                                mission: mission, agreementID: agreementID, reference: "DNUM-2026-0001",
                                start: EngagementFixture.missionWindow.start,
                                end: EngagementFixture.missionWindow.end), reader, [convention]
                        ))
                }
            case .timeReportsDigest:
                events.append(
                    (
                        .timeReportsDigest(
                            week: "2026-W11",
                            items: [
                                TimeReportDigestItem(
                                    mission: mission, agreementID: agreementID, reports: 1, minutes: 60)
                            ]), "owner", ["Temps déclaré", "Mon espace", preferences]
                    ))
            case .diplomaIssued:
                events.append(
                    (
                        .diplomaIssued(mission: mission, assertionID: diploma), "talent1",
                        ["Vérification d'un diplôme virtuel"]
                    ))
            case .poolInvitation:
                events.append((.poolInvitation(mission: mission, invitationID: 1), "outsider", [missionTitle]))
            case .matchingMissionsDigest:
                events.append(
                    (
                        .matchingMissionsDigest(week: "2026-W11", missions: [mission]), "outsider",
                        [missionTitle, "Mes recherches enregistrées", preferences]
                    ))
            case .visMonJobPairPublished:
                // The student has no account (their page is their private link); the ambassador's
                // signed-in view of a real pair is in WebVisMonJobTests.
                for side in [VisMonJobSide.student, .ambassador] {
                    events.append(
                        (.visMonJobPairPublished(pairID: 1, side: side, eventDay: day), nil, ["Binôme Vis mon job"]))
                }
            case .visMonJobDateAgreed:
                // The ambassador's pair page; the student, without an account, gets the programme's page.
                events.append(
                    (
                        .visMonJobDateAgreed(pairID: 1, side: .ambassador, day: day, sequence: 3), nil,
                        ["Binôme Vis mon job"]
                    ))
                events.append(
                    (.visMonJobDateAgreed(pairID: 1, side: .student, day: day, sequence: 3), nil, ["Vis mon job"]))
            case .visMonJobCoachingBooked:
                events.append(
                    (
                        .visMonJobCoachingBooked(slotID: 1, startsAt: due, place: "Salle 2"), "talent1",
                        ["Ambassadeur Vis mon job"]
                    ))
            case .visMonJobStudentRegistered:
                // A real registration's token: the student (no account) opens their private page.
                let token = try Self.studentToken(world)
                events.append(
                    (
                        .visMonJobStudentRegistered(token: token, registrationCloses: day), nil,
                        ["Mon binôme Vis mon job"]
                    ))
            case .signInLink:
                events.append(
                    (
                        .signInLink(token: "jeton-de-test", expiresAt: due, next: "/conventions/\(agreementID)"), nil,
                        ["Connexion"]
                    ))
            case .inactivityWarning:
                events.append((.inactivityWarning(anonymisationDay: day, daysLeft: 30), nil, ["Se connecter"]))
            case .contactMessageReceived:
                events.append(
                    (
                        .contactMessageReceived(messageID: 1, subject: "mission"), "operator",
                        ["Messages à l'équipe du programme"]
                    ))
            case .missionQuestionAsked:
                events.append(
                    (.missionQuestionAsked(mission: mission, questionID: 1), "owner", ["Questions sur mes missions"]))
            case .missionQuestionAnswered:
                events.append((.missionQuestionAnswered(mission: mission, questionID: 1), "talent0", ["Mes questions"]))
            }
        }
        #expect(Set(events.map(\.event.kind)) == Set(NotificationKind.allCases))

        let base = "https://talents.example.gouv.fr"
        let catalogue = MessageCatalogue(baseURL: base)
        var links: [Link] = []
        for (event, reader, headings) in events {
            let message = catalogue.message(for: event)
            let inText = message.text.matches(of: /https:\/\/talents\.example\.gouv\.fr(\/[^\s]*)/).map { String($0.1) }
            let inHTML = message.html.matches(of: /href="https:\/\/talents\.example\.gouv\.fr(\/[^"]*)"/)
                .map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
            #expect(inText == inHTML, "\(event.kind): the text and HTML bodies link to the same pages")
            try #require(inText.count == headings.count, "\(event.kind): \(inText)")
            for (path, heading) in zip(inText, headings) {
                links.append(Link(path: path, reader: reader, heading: heading))
            }
        }

        var browsers: [String: WebBrowser] = [:]
        let visitor = WebBrowser(world.server)
        for link in links {
            let browser: WebBrowser
            if let reader = link.reader {
                if let known = browsers[reader] {
                    browser = known
                } else {
                    browser = WebBrowser(world.server)
                    try browser.signIn("\(reader)@example.gouv.fr", database: world.database)
                    browsers[reader] = browser
                }
            } else {
                browser = visitor
            }
            // The fragment stays in the browser; the request is the path and query.
            let target = String(link.path.prefix { $0 != "#" })
            let page = try browser.get(target)
            #expect(page.status == 200, "\(link.path) for \(link.reader ?? "a visitor"): \(page.status)")
            #expect(page.headers["content-type"] == WebFrontTests.html, "\(link.path)")
            #expect(Self.heading(page.text) == link.heading, "\(link.path) for \(link.reader ?? "a visitor")")
            if let anchor = link.path.split(separator: "#", maxSplits: 1).dropFirst().first {
                #expect(page.text.contains("id=\"\(anchor)\""), "\(link.path): the anchor is on the page")
            }
            // Signed out, a page that needs a session goes through sign-in and back.
            if link.reader != nil {
                let signedOut = try WebBrowser(world.server).get(target)
                if signedOut.status == 303 {
                    #expect(
                        signedOut.headers["location"] == "/connexion?retour=" + WebPaths.percentEncoded(target),
                        "\(link.path)")
                } else {
                    #expect(signedOut.status == 200, "\(link.path): a public page")
                }
            }
        }
    }

    @Test func aSignedOutReaderSignsInThroughTheEmailedLinkAndComesBackToThePage() throws {
        let world = try EngagementFixture(talents: 1)
        let agreement = try world.signedAgreement(0)
        let page = "/conventions/\(agreement.id)"
        let browser = WebBrowser(world.server)
        let redirect = try browser.get(page)
        #expect(redirect.status == 303)
        let signIn = try #require(redirect.headers["location"])
        #expect(signIn == "/connexion?retour=%2Fconventions%2F\(agreement.id)")
        let form = try browser.get(signIn)
        #expect(form.text.contains("name=\"retour\" value=\"\(page)\""))
        try browser.post("/connexion", [("email", "manager@example.gouv.fr"), ("retour", page)])
        try WebBrowser.waitForLinks(world.database, to: "manager@example.gouv.fr", count: 1)
        let token = try WebBrowser.newestLinkToken(world.database, to: "manager@example.gouv.fr")
        #expect(
            try world.sql(
                "SELECT json_extract(payload, '$.signInLink.next') FROM notification_outbox "
                    + "WHERE kind = 'sign-in-link'") == page)
        let confirm = try browser.get("/connexion/lien?jeton=\(token)&retour=\(WebPaths.percentEncoded(page))")
        #expect(confirm.text.contains("name=\"retour\" value=\"\(page)\""))
        let signedIn = try browser.post("/connexion/lien", [("jeton", token), ("retour", page)])
        #expect(signedIn.status == 303 && signedIn.headers["location"] == page)
        let agreementPage = try browser.get(page)
        #expect(agreementPage.status == 200 && Self.heading(agreementPage.text) == "Convention de mission")

        // Another host is never a place to go back to: the form drops it, sign-in lands on the space.
        let other = WebBrowser(world.server)
        #expect(!(try other.get("/connexion?retour=%2F%2Fevil.example%2F").text.contains("evil.example")))
        try other.post("/connexion", [("email", "owner@example.gouv.fr"), ("retour", "//evil.example/")])
        try WebBrowser.waitForLinks(world.database, to: "owner@example.gouv.fr", count: 1)
        let ownerToken = try WebBrowser.newestLinkToken(world.database, to: "owner@example.gouv.fr")
        #expect(
            try world.sql(
                "SELECT json_extract(payload, '$.signInLink.next') FROM notification_outbox "
                    + "WHERE recipient_email = 'owner@example.gouv.fr'") == "")
        try other.get("/connexion/lien?jeton=\(ownerToken)&retour=https%3A%2F%2Fevil.example%2F")
        #expect(!(other.last?.text.contains("evil.example") ?? true))
        let landed = try other.post("/connexion/lien", [("jeton", ownerToken), ("retour", "https://evil.example/")])
        #expect(landed.status == 303 && landed.headers["location"] == "/mon-espace")
    }

    /// An application of talent 1 to a second mission of the owner, awaiting the answer; its id.
    /// The private token of a student registered to a new edition open at the fixture's date.
    static func studentToken(_ world: EngagementFixture) throws -> String {
        let edition = try world.send(
            "POST", "/v1/vmj/editions", as: "operator",
            json:
                #"{"name":"Vis mon job 2026","eventDay":"2026-04-20","registrationOpens":"2026-03-01","registrationCloses":"2026-03-31"}"#
        )
        let id = try #require((edition.json as? [String: Any])?["id"] as? Int, "\(edition.text)")
        let student = try world.send(
            "POST", "/v1/vmj/editions/\(id)/students", as: nil,
            json:
                #"{"school":"IUT de Lannion","level":"bac+2","wishes":["developer"],"departements":["22"],"email":"lea@etu.example.fr"}"#
        )
        return try #require((student.json as? [String: Any])?["accessToken"] as? String, "\(student.text)")
    }

    static func pendingApplication(_ world: EngagementFixture) throws -> Int64 {
        let created = try world.send(
            "POST", "/v1/missions", as: "owner", json: ApplicationWorld.mission(title: "Audit RGAA"))
        let id = try #require(created.jsonObject["id"] as? Int, "\(created.text)")
        for (action, user, revision) in [("submit", "owner", 1), ("publish", "operator", 2)] {
            let response = try world.send("POST", "/v1/missions/\(id)/\(action)", as: user, ifMatch: "\"\(revision)\"")
            try #require(response.status == 200, "\(action): \(response.text)")
        }
        let applied = try world.send(
            "POST", "/v1/missions/\(id)/applications", as: "talent1", key: "apply-pending",
            json: #"{"motivation": "Je connais bien ces audits."}"#)
        return Int64(try #require(applied.jsonObject["id"] as? Int, "\(applied.text)"))
    }

    /// The text of the page's `<h1>`.
    static func heading(_ html: String) -> String? {
        guard let match = html.firstMatch(of: /<h1>([^<]*)<\/h1>/) else { return nil }
        return String(match.1).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
