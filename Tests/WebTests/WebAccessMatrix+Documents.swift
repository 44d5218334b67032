import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The documents of an engagement (issue 20): the print pages and PDF files of the agreement,
    /// its mission order and the certificate of the completed mission. Every signed-in persona is
    /// a party, the employer's referent or the operator of the fresh engagement each row makes, so
    /// all may read them; a stranger's refusal (404, as for the agreement) is in
    /// ``WebDocumentsTests``.
    static let documentRows: [WebAccessRow] = [
        .get("/conventions/{id}/version-imprimable", allowed: .signedIn) {
            try agreement($0, $1, .awaiting, "/version-imprimable")
        },
        .get("/ordres-de-mission/{id}/version-imprimable", allowed: .signedIn) {
            try DocumentRecords.order($0, $1, "/version-imprimable")
        },
        .get("/diplomes/{id}/attestation", allowed: .signedIn) { try DocumentRecords.certificate($0, $1, "") },
        .get("/conventions/{id}/convention.pdf", allowed: .signedIn) {
            try agreement($0, $1, .signed, "/convention.pdf")
        },
        .get("/ordres-de-mission/{id}/ordre-de-mission.pdf", allowed: .signedIn) {
            try DocumentRecords.order($0, $1, "/ordre-de-mission.pdf")
        },
        .get("/diplomes/{id}/attestation.pdf", allowed: .signedIn) { try DocumentRecords.certificate($0, $1, ".pdf") }
    ]
}

/// The records the document rows read.
enum DocumentRecords {
    /// `/ordres-de-mission/{id}` + `action` on the order of a fresh ordered engagement.
    static func order(_ fixture: DemoFixture, _ persona: Persona, _ action: String) throws -> WebProbe {
        guard persona != .anonymous else { return WebProbe(path: "/ordres-de-mission/1\(action)") }
        let id = try EngagementRecords.engagement(fixture, .ordered).id
        let order = try fixture.sql("SELECT id FROM mission_orders WHERE agreement_id = \(id)")
        return WebProbe(path: "/ordres-de-mission/\(order)\(action)")
    }

    /// `/diplomes/{id}/attestation` + `suffix` for the diploma of a fresh completed engagement.
    static func certificate(_ fixture: DemoFixture, _ persona: Persona, _ suffix: String) throws -> WebProbe {
        guard persona != .anonymous else { return WebProbe(path: "/diplomes/inconnu/attestation\(suffix)") }
        let id = try EngagementRecords.engagement(fixture, .completed).id
        let diploma = try fixture.sql("SELECT public_id FROM badge_assertions WHERE agreement_id = \(id)")
        return WebProbe(path: "/diplomes/\(diploma)/attestation\(suffix)")
    }
}
