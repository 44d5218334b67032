import Foundation

extension AuthorizationMatrix {
    /// The engagement's documents as PDF (issue 20): read, like the agreement, by its three
    /// parties, the referents of the talent's employer and the operator; a record that does not
    /// exist, or one the caller may not read, is a 404.
    static let documentRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        .row("GET", "/v1/agreements/{id}/document.pdf", expect: [401, 200, 200, 200, 200, 200]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .signed, "/document.pdf", ifMatch: false)
        },
        .row(
            "GET", "/v1/agreements/{id}/document.pdf", path: "/v1/agreements/999999/document.pdf",
            expect: [401, 404, 404, 404, 404, 404]),
        .row("GET", "/v1/mission-orders/{id}/document.pdf", expect: [401, 200, 200, 200, 200, 200]) {
            fixture, persona in
            var probe = try EngagementRecords.orderProbe(fixture, persona, "/document.pdf")
            probe.headers = [:]
            return probe
        },
        .row("GET", "/v1/badges/assertions/{id}/certificate.pdf", expect: [401, 200, 200, 200, 200, 200]) {
            fixture, persona in
            guard persona != .anonymous else { return .init(path: "/v1/badges/assertions/unknown/certificate.pdf") }
            let (id, _) = try EngagementRecords.engagement(fixture, .completed)
            let diploma = try fixture.sql("SELECT public_id FROM badge_assertions WHERE agreement_id = \(id)")
            return .init(path: "/v1/badges/assertions/\(diploma)/certificate.pdf")
        },
        .row(
            "GET", "/v1/badges/assertions/{id}/certificate.pdf",
            path: "/v1/badges/assertions/matrix-unknown-diploma/certificate.pdf", expect: [401, 404, 404, 404, 404, 404]
        )
    ]
}
