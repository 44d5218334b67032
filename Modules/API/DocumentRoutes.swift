import Domain
import HTTP
import Workflows

/// The engagement's documents as PDF files (issue 20), for whoever may read the agreement (its
/// parties, the referents of its employer, the operator; 404 for anyone else): the agreement,
/// a mission order, the certificate of the completed mission a diploma attests. Each download
/// is audited (`download.<document>`), as on the web front.
enum DocumentRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/agreements/{id}/document.pdf") { request in
            let caller = try request.caller()
            let document = try request.workflows.agreementDocument(try request.id("id", "agreement"), by: caller)
            return try download(document, request: request, caller: caller)
        }
        api.on(.get, "/v1/mission-orders/{id}/document.pdf") { request in
            let caller = try request.caller()
            let document = try request.workflows.missionOrderDocument(
                try request.id("id", "mission-order"), by: caller)
            return try download(document, request: request, caller: caller)
        }
        api.on(.get, "/v1/badges/assertions/{id}/certificate.pdf") { request in
            let caller = try request.caller()
            let document = try request.workflows.completionCertificate(
                request.http.parameters["id"] ?? "", by: caller)
            return try download(document, request: request, caller: caller)
        }
    }

    private static func download(_ document: PrintableDocument, request: APIRequest, caller: Caller) throws
        -> HTTPResponse
    {
        try request.workflows.recordDocumentDownload(document, by: caller)
        return DocumentPDF.response(document)
    }
}
