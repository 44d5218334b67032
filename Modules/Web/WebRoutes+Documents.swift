import HTTP

extension WebRoutes {
    /// The documents of an engagement (issue 20): the print pages of the agreement, the mission
    /// order and the certificate of a completed mission, and their PDF files.
    static func addDocumentPages(_ on: Register) {
        on(.get, "/conventions/{id}/version-imprimable") { try DocumentPage.agreement($0) }
        on(.get, "/ordres-de-mission/{id}/version-imprimable") { try DocumentPage.missionOrder($0) }
        on(.get, "/diplomes/{id}/attestation") { try DocumentPage.certificate($0) }
        on(.get, "/conventions/{id}/convention.pdf") { try DocumentDownloads.agreement($0) }
        on(.get, "/ordres-de-mission/{id}/ordre-de-mission.pdf") { try DocumentDownloads.missionOrder($0) }
        on(.get, "/diplomes/{id}/attestation.pdf") { try DocumentDownloads.certificate($0) }
    }
}
