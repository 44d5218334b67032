import API
import HTTP
import Workflows

/// The PDF files of the printable documents (issue 20), made by ``DocumentPDF`` from the same
/// ``PrintableDocument`` as their print page (``DocumentPage``), each download audited
/// (Workflows `recordDocumentDownload`) once the use case allowed it.
enum DocumentDownloads {
    /// GET `/conventions/{id}/convention.pdf`.
    static func agreement(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        return try download(
            context.workflows.agreementDocument(try AgreementPage.agreementID(context), by: .user(user)), context)
    }

    /// GET `/ordres-de-mission/{id}/ordre-de-mission.pdf`.
    static func missionOrder(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        return try download(
            context.workflows.missionOrderDocument(try DocumentPage.orderID(context), by: .user(user)), context)
    }

    /// GET `/diplomes/{id}/attestation.pdf`.
    static func certificate(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        return try download(
            context.workflows.completionCertificate(try DocumentPage.diplomaID(context), by: .user(user)), context)
    }

    private static func download(_ document: PrintableDocument, _ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        try context.workflows.recordDocumentDownload(document, by: .user(user))
        return DocumentPDF.response(document)
    }
}
