import Calendar
import Domain
import Foundation
import Testing

@testable import Notifications

/// Which messages carry an invitation, and what it says (``AgendaEvents``).
@Suite struct AgendaEventsTests {
    static let agenda = AgendaEvents(baseURL: "https://talents.example.gouv.fr/")
    static let stamp = MessageCatalogueTests.submitted
    static let day = try! LocalDate(year: 2026, month: 11, day: 17)

    @Test("the UIDs' host is the public URL's, without scheme, port or path")
    func host() {
        #expect(Self.agenda.host == "talents.example.gouv.fr")
        #expect(AgendaEvents(baseURL: "http://127.0.0.1:8080/base").host == "127.0.0.1")
        #expect(AgendaEvents(baseURL: "HTTPS://Talents.Gouv.FR").host == "talents.gouv.fr")
    }

    @Test(
        "an interview, a pair's day (published or moved), a coaching hour and a signed agreement carry one; nothing else"
    )
    func invitations() throws {
        let mission = MissionReference(id: 7, title: "Refonte, du portail")
        let at = Self.stamp.adding(days: 3)
        let interview = try #require(
            Self.agenda.invitation(
                for: .interviewProposed(
                    mission: mission, applicationID: 12, interview: Interview(at: at, means: "Visio"), sequence: 4),
                stamp: Self.stamp))
        #expect(interview.uid == "interview-12@talents.example.gouv.fr" && interview.sequence == 4)
        #expect(interview.start == .instant(secondsSinceEpoch: at.millisecondsSinceEpoch / 1000))
        #expect(interview.end == .instant(secondsSinceEpoch: at.millisecondsSinceEpoch / 1000 + 3600))
        #expect(
            interview.location == "Visio"
                && interview.url == "https://talents.example.gouv.fr/mes-candidatures#candidature-12")

        let published = try #require(
            Self.agenda.invitation(
                for: .visMonJobPairPublished(pairID: 5, side: .student, eventDay: Self.day, sequence: 1),
                stamp: Self.stamp))
        let moved = try #require(
            Self.agenda.invitation(
                for: .visMonJobDateAgreed(pairID: 5, side: .student, day: Self.day.adding(days: 3), sequence: 3),
                stamp: Self.stamp))
        #expect(published.uid == "vismonjob-pair-5@talents.example.gouv.fr" && moved.uid == published.uid)
        #expect(published.start == .day(CalendarDate(year: 2026, month: 11, day: 17)))
        #expect(published.end == .day(CalendarDate(year: 2026, month: 11, day: 18)))
        #expect(moved.start == .day(CalendarDate(year: 2026, month: 11, day: 20)) && moved.sequence == 3)

        let coaching = try #require(
            Self.agenda.invitation(
                for: .visMonJobCoachingBooked(slotID: 2, startsAt: at, place: "Salle 2"), stamp: Self.stamp))
        #expect(coaching.uid == "vismonjob-coaching-2@talents.example.gouv.fr" && coaching.location == "Salle 2")

        let start = try LocalDate(year: 2026, month: 12, day: 1)
        let end = try LocalDate(year: 2027, month: 2, day: 28)
        let window = try #require(
            Self.agenda.invitation(
                for: .agreementSigned(mission: mission, agreementID: 3, start: start, end: end, sequence: 0),
                stamp: Self.stamp))
        #expect(window.uid == "agreement-3@talents.example.gouv.fr" && window.transparent)
        #expect(window.start == .day(CalendarDate(year: 2026, month: 12, day: 1)))
        #expect(window.end == .day(CalendarDate(year: 2027, month: 3, day: 1)))

        // Queued before the dates were kept: no invitation rather than a wrong one.
        #expect(
            Self.agenda.invitation(for: .agreementSigned(mission: mission, agreementID: 3), stamp: Self.stamp) == nil)
        for event in [
            NotificationEvent.applicationAccepted(mission: mission, applicationID: 12),
            .signInLink(token: "t", expiresAt: Self.stamp)
        ] {
            #expect(Self.agenda.invitation(for: event, stamp: Self.stamp) == nil)
        }
    }

    @Test("an interview queued before SEQUENCE existed still decodes (SEQUENCE 0)")
    func oldPayload() throws {
        let event = NotificationEvent.interviewProposed(
            mission: MissionReference(id: 7, title: "T"), applicationID: 12,
            interview: Interview(at: Self.stamp, means: "Visio"))
        let json = try JSONEncoder().encode(event)
        #expect(!String(decoding: json, as: UTF8.self).contains("sequence"))
        let decoded = try JSONDecoder().decode(NotificationEvent.self, from: json)
        #expect(decoded == event)
        #expect(Self.agenda.invitation(for: decoded, stamp: Self.stamp)?.sequence == 0)
    }
}
