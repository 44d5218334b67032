import Domain
import Foundation
import Testing

@testable import Notifications

@Suite struct MessageCatalogueTests {
    static let catalogue = MessageCatalogue(baseURL: "https://talents.example.gouv.fr/")
    static let mission = MissionReference(id: 7, title: "Refonte du portail")
    static let submitted = Instant(utc: try! LocalDate(year: 2026, month: 11, day: 2), hour: 9)

    /// One event of every kind.
    static let everyEvent: [NotificationEvent] = [
        .applicationReceived(mission: mission, applicationID: 12),
        .answerReminder(mission: mission, applicationID: 12, day: 7, dueAt: submitted.adding(days: 14)),
        .answerOverdue(mission: mission, applicationID: 12, dueAt: submitted.adding(days: 14), escalation: false),
        .answerOverdue(mission: mission, applicationID: 12, dueAt: submitted.adding(days: 14), escalation: true),
        .interviewProposed(
            mission: mission, applicationID: 12,
            interview: Interview(
                at: submitted.adding(days: 3),
                means: "Visioconférence")),
        .applicationAccepted(mission: mission, applicationID: 12),
        .applicationDeclined(mission: mission, applicationID: 12, reason: .missionFilled),
        .agreementToSign(mission: mission, agreementID: 3, party: .talent, awaiting: [.talent, .lineManager]),
        .agreementSigned(mission: mission, agreementID: 3),
        .agreementRefused(mission: mission, agreementID: 3),
        .missionOrderIssued(
            mission: mission, agreementID: 3, reference: "DINUM-2026-0004",
            start: try! LocalDate(year: 2026, month: 12, day: 1), end: try! LocalDate(year: 2027, month: 2, day: 28)),
        .timeReportsDigest(
            week: "2026-W47", items: [TimeReportDigestItem(mission: mission, agreementID: 3, reports: 2, minutes: 270)]),
        .diplomaIssued(mission: mission, assertionID: "k3Qp"),
        .poolInvitation(mission: mission, invitationID: 4),
        .matchingMissionsDigest(
            week: "2026-W47", missions: [mission, MissionReference(id: 8, title: "API de données")]),
        .visMonJobPairPublished(pairID: 5, side: .ambassador, eventDay: try! LocalDate(year: 2026, month: 11, day: 17)),
        .visMonJobPairPublished(pairID: 5, side: .student, eventDay: try! LocalDate(year: 2026, month: 11, day: 17)),
        .visMonJobDateAgreed(
            pairID: 5, side: .ambassador, day: try! LocalDate(year: 2026, month: 11, day: 19), sequence: 4),
        .visMonJobDateAgreed(
            pairID: 5, side: .student, day: try! LocalDate(year: 2026, month: 11, day: 19), sequence: 4),
        .visMonJobCoachingBooked(slotID: 2, startsAt: submitted.adding(days: 5), place: "Salle 2"),
        .visMonJobStudentRegistered(
            token: "s3cr3t", registrationCloses: try! LocalDate(year: 2026, month: 10, day: 15)),
        .signInLink(token: "t0k3n", expiresAt: submitted.adding(minutes: 15)),
        .inactivityWarning(anonymisationDay: try! LocalDate(year: 2029, month: 11, day: 1), daysLeft: 7),
        .contactMessageReceived(messageID: 9, subject: "dispositif"),
        .missionQuestionAsked(mission: mission, questionID: 10),
        .missionQuestionAnswered(mission: mission, questionID: 10)
    ]

    @Test("every kind has a message: a subject, a greeting, a link from the base URL, in text and HTML")
    func everyKind() throws {
        #expect(Set(Self.everyEvent.map(\.kind)) == Set(NotificationKind.allCases))
        for event in Self.everyEvent {
            let message = Self.catalogue.message(for: event)
            #expect(!message.subject.isEmpty && !message.subject.contains("\n"), "\(event.kind)")
            #expect(message.text.hasPrefix("Bonjour,\n\n"), "\(event.kind)")
            #expect(message.text.contains("https://talents.example.gouv.fr/"), "\(event.kind)")
            #expect(message.html.contains("<a href=\"https://talents.example.gouv.fr/"), "\(event.kind)")
            #expect(!message.text.contains("https://talents.example.gouv.fr//"), "\(event.kind)")
            #expect(message.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"), "\(event.kind)")
        }
    }

    @Test("every link opens the French web page where its recipient acts (issue 17)")
    func linksLand() throws {
        let expected: [NotificationKind: [String]] = [
            .applicationReceived: ["/espace-responsable/candidatures#candidature-12"],
            .answerReminder: ["/espace-responsable/candidatures#candidature-12"],
            .interviewProposed: ["/mes-candidatures#candidature-12"],
            .applicationAccepted: ["/mes-candidatures#candidature-12"],
            .applicationDeclined: ["/mes-candidatures#candidature-12"],
            .agreementToSign: ["/conventions/3"],
            .agreementSigned: ["/conventions/3"],
            .agreementRefused: ["/conventions/3"],
            .missionOrderIssued: ["/conventions/3"],
            .timeReportsDigest: ["/conventions/3/temps", "/mon-espace#temps-a-valider", "/mes-preferences"],
            .diplomaIssued: ["/badges/assertions/k3Qp/verification"],
            .poolInvitation: ["/missions/7"],
            .matchingMissionsDigest: ["/missions/7", "/missions/8", "/mes-recherches", "/mes-preferences"],
            .visMonJobPairPublished: ["/vis-mon-job/pairs/5"],
            .visMonJobCoachingBooked: ["/vis-mon-job/ambassadeur"],
            .visMonJobStudentRegistered: ["/vis-mon-job/binome?jeton=s3cr3t"],
            .signInLink: ["/connexion/lien?jeton=t0k3n"],
            .inactivityWarning: ["/connexion?retour=%2Fmes-donnees"],
            .contactMessageReceived: ["/console/messages"],
            .missionQuestionAsked: ["/espace-responsable/questions"],
            .missionQuestionAnswered: ["/mes-questions"]
        ]
        for event in Self.everyEvent {
            let links = Self.catalogue.message(for: event).text
                .matches(of: /https:\/\/talents\.example\.gouv\.fr(\/[^\s]*)/).map { String($0.1) }
            switch event {
            case .answerOverdue(_, _, _, let escalation):
                #expect(links == [escalation ? "/console#retards" : "/espace-responsable/candidatures#candidature-12"])
            case .visMonJobDateAgreed(_, let side, _, _):
                #expect(links == [side == .ambassador ? "/vis-mon-job/pairs/5" : "/vis-mon-job"])
            default:
                #expect(links == expected[event.kind], "\(event.kind)")
            }
        }
        let next = Self.catalogue.message(
            for: .signInLink(token: "t", expiresAt: Self.submitted, next: "/conventions/3?a=1"))
        #expect(next.text.contains("/connexion/lien?jeton=t&retour=%2Fconventions%2F3%3Fa%3D1\n"))
        let open = Self.catalogue.message(
            for: .signInLink(token: "t", expiresAt: Self.submitted, next: "//evil.example/x"))
        #expect(open.text.contains("/connexion/lien?jeton=t\n"))
    }

    @Test("a return path after sign-in is a local path of this site, never another host")
    func returnPaths() {
        for good in ["/conventions/3", "/mes-candidatures#candidature-2", "/missions?q=api&page=2"] {
            #expect(WebPaths.localReturnPath(good) == good)
        }
        for bad in [
            nil, "", "conventions/3", "//evil.example", "/\\evil.example", "https://evil.example/",
            "/a b", "/a\u{0A}Location: x", "/connexion", "/connexion?retour=/x", "/inscription",
            "/\"><script>", String(repeating: "/a", count: 600), "/é"
        ] {
            #expect(WebPaths.localReturnPath(bad) == nil, "\(String(describing: bad))")
        }
    }

    @Test("the messages say what the issue asks: the step, the due date, what is left to sign, the totals")
    func contents() {
        let reminder = Self.catalogue.message(for: Self.everyEvent[1])
        #expect(reminder.text.contains("depuis 7 jours") && reminder.text.contains("16 novembre 2026 à 10 h 00"))
        #expect(
            reminder.text.contains("https://talents.example.gouv.fr/espace-responsable/candidatures#candidature-12"))
        let escalation = Self.catalogue.message(for: Self.everyEvent[3])
        #expect(escalation.subject.hasPrefix("Escalade"))
        let toSign = Self.catalogue.message(for: Self.everyEvent[7])
        #expect(toSign.text.contains("Signatures encore attendues : le talent, le responsable hiérarchique."))
        let order = Self.catalogue.message(for: Self.everyEvent[10])
        #expect(
            order.text.contains("DINUM-2026-0004") && order.text.contains("du 1er décembre 2026 au 28 février 2027"))
        let digest = Self.catalogue.message(for: Self.everyEvent[11])
        #expect(digest.subject == "Temps déclarés à valider (2 déclarations)")
        #expect(digest.text.contains("2 déclarations, 4 h 30"))
        #expect(digest.text.contains("https://talents.example.gouv.fr/mes-preferences"))
        let declined = Self.catalogue.message(for: Self.everyEvent[6])
        #expect(declined.text.contains("Motif : mission déjà pourvue."))
    }

    @Test("every interpolated value is escaped in HTML, and only there")
    func escaping() {
        let hostile = MissionReference(id: 1, title: "<script>alert('x')</script> & \"co\"")
        let events: [NotificationEvent] = [
            .applicationReceived(mission: hostile, applicationID: 1),
            .interviewProposed(
                mission: hostile, applicationID: 1,
                interview: Interview(
                    at: Self.submitted, means: "<a href=\"https://evil.example\">clic</a>")),
            .missionOrderIssued(
                mission: hostile, agreementID: 1, reference: "<b>REF</b>",
                start: try! LocalDate(year: 2026, month: 1, day: 1), end: try! LocalDate(year: 2026, month: 1, day: 2)),
            .matchingMissionsDigest(week: "2026-W01", missions: [hostile])
        ]
        for event in events {
            let message = Self.catalogue.message(for: event)
            #expect(
                !message.html.contains("<script>") && !message.html.contains("evil.example\">")
                    && !message.html.contains("<b>REF"), "\(event.kind)")
            #expect(
                message.html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"),
                "\(event.kind)")
            #expect(message.text.contains("<script>alert('x')</script>"), "\(event.kind)")
        }
    }

    @Test("no personal data: the messages name missions, never the people")
    func noPersonalData() throws {
        // The events carry no name, motivation or address by construction; the payloads show it.
        let encoder = JSONEncoder()
        for event in Self.everyEvent {
            let json = String(decoding: try encoder.encode(event), as: UTF8.self)
            #expect(!json.contains("@") && !json.contains("motivation") && !json.contains("displayName"), "\(json)")
            #expect(try JSONDecoder().decode(NotificationEvent.self, from: Data(json.utf8)) == event)
        }
    }

    @Test("French dates and durations")
    func frenchDates() throws {
        #expect(FrenchDate.format(try LocalDate(year: 2026, month: 8, day: 1)) == "1er août 2026")
        // Paris is UTC+1 in winter, UTC+2 in summer.
        #expect(
            FrenchDate.format(Instant(utc: try LocalDate(year: 2026, month: 12, day: 24), hour: 23, minute: 5))
                == "25 décembre 2026 à 0 h 05")
        #expect(
            FrenchDate.format(Instant(utc: try LocalDate(year: 2026, month: 7, day: 14), hour: 8))
                == "14 juillet 2026 à 10 h 00")
        #expect(
            FrenchDate.duration(minutes: 45) == "45 min" && FrenchDate.duration(minutes: 120) == "2 h"
                && FrenchDate.duration(minutes: 65) == "1 h 05")
    }
}
