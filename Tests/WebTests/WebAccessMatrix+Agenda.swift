import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The `.ics` downloads of issue 20 (``AgendaDownloads``): to whoever may see the page of the
    /// date — an interview to its applicant, the mission's owner and the operator (a stranger to
    /// the application finds nothing); an agreement's window to whoever reads the agreement; a
    /// pair's day to its ambassador and the operator; a coaching hour to the ambassador who booked
    /// it; the student's day to the holder of the private link.
    static let agendaRows: [WebAccessRow] = [
        .row("GET", "/candidatures/{id}/echange.ics", expect: [303, 200, 200, 404, 404, 200]) { fixture, persona in
            WebProbe(path: "/candidatures/\(try interviewApplication(fixture, persona))/echange.ics")
        },
        .get("/conventions/{id}/agenda.ics", allowed: .signedIn) { try agreement($0, $1, .signed, "/agenda.ics") },
        .row("GET", "/vis-mon-job/pairs/{id}/journee.ics", expect: [303, 404, 404, 404, 404, 404]) { fixture, _ in
            try pair(fixture, "/journee.ics")
        },
        .row("GET", "/vis-mon-job/binome/journee.ics", expect: [404, 404, 404, 404, 404, 404]) { _, _ in
            WebProbe(path: "/vis-mon-job/binome/journee.ics?jeton=\(unknownStudentToken)")
        },
        // No persona booked a coaching hour in the demo's current edition.
        .row("GET", "/vis-mon-job/ambassadeur/preparation.ics", expect: [303, 404, 404, 404, 404, 404]) { fixture, _ in
            WebProbe(path: "/vis-mon-job/ambassadeur/preparation.ics?edition=\(try currentEdition(fixture))")
        }
    ]

    /// An application of the talent persona to a mission of the owner persona, with an interview
    /// proposed in ten days.
    static func interviewApplication(_ fixture: DemoFixture, _ persona: Persona) throws -> Int {
        guard persona != .anonymous else { return 1 }
        let id = try EngagementRecords.acceptedApplication(fixture)
        _ = try fixture.sql(
            """
            UPDATE applications SET status = 'interview-proposed', answered_at = NULL,
                interview_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 864000000, interview_means = 'Visio'
                WHERE id = \(id);
            """)
        return id
    }

    /// The latest *Vis mon job* edition of the demo data (1 when there is none).
    static func currentEdition(_ fixture: DemoFixture) throws -> Int {
        Int(try fixture.sql("SELECT max(id) FROM vmj_editions").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1
    }
}
