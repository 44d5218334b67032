import Domain
import Gamification
import HTTP
import Workflows

/// `/badges/…`: the Open Badges 2.0 documents of the diplomas, public and without authentication
/// (hosted verification fetches them), at URLs built from the configured base URL; and the
/// operator's revocation under `/v1`.
enum BadgeRoutes {
    static func add(to api: inout APIRouter) {
        let workflows = api.workflows
        let issuer = workflows.configuration.recognition.issuer
        // The issuer and the badge classes are the same for everyone and name nobody: cacheable.
        // Assertions name their recipient and may be revoked at any time: never stored
        // (``SecurityHeaders``).
        api.plain(.get, "/badges/issuer") { http in
            publicDocument(document(OpenBadges.issuer(issuer), for: http))
        }
        api.plain(.get, "/badges/classes/{id}") { http in
            publicDocument(document(OpenBadges.badgeClass(try badge(http), issuer: issuer), for: http))
        }
        api.plain(.get, "/badges/classes/{id}/image") { http in
            publicDocument(HTTPResponse(contentType: BadgeImage.mediaType, body: BadgeImage.svg(try badge(http))))
        }
        // A revoked assertion answers 410 Gone with the document, `revoked: true` and the reason
        // (Open Badges 2.0, hosted verification).
        api.plain(.get, "/badges/assertions/{id}") { http in
            let assertion = try find(http, in: workflows)
            var response = document(
                OpenBadges.assertion(assertion.value, issuer: issuer), for: http,
                status: assertion.value.isRevoked ? HTTPStatus(code: 410) : .ok)
            response.headers["ETag"] = ETag.make(assertion.revision)
            return response
        }
        api.plain(.get, "/badges/assertions/{id}/image") { http in
            let assertion = try find(http, in: workflows).value
            let json = String(
                decoding: OpenBadges.encode(OpenBadges.assertion(assertion, issuer: issuer)), as: UTF8.self)
            let baked = BadgeBaking.bake(
                svg: BadgeImage.svg(MissionNatureBadge(assertion.nature)), assertionJSON: json,
                verifyURL: issuer.urls.assertion(assertion.publicID))
            var response = HTTPResponse(
                status: assertion.isRevoked ? HTTPStatus(code: 410) : .ok,
                contentType: BadgeImage.mediaType, body: baked)
            response.headers["Content-Disposition"] = #"inline; filename="diplome-\#(assertion.publicID).svg""#
            return response
        }
        api.on(.post, "/v1/badges/assertions/{id}/revocation") { request in
            let caller = try request.caller()
            let revision = try request.ifMatch()
            let body = try request.decode(RevocationBody.self)
            let revoked = try request.workflows.revokeBadge(
                request.http.parameters["id"] ?? "", reason: body.reason,
                expectedRevision: revision, by: caller)
            return try .resource(DiplomaJSON(revoked.value, urls: issuer.urls), revision: revoked.revision)
        }
    }

    /// `{"reason": "…"}`.
    private struct RevocationBody: Decodable {
        let reason: String
    }

    /// `response`, cacheable by anyone for an hour.
    private static func publicDocument(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers["Cache-Control"] = SecurityHeaders.publicDocument
        return response
    }

    /// The badge class named by the path, or a 404.
    private static func badge(_ http: HTTPRequest) throws -> MissionNatureBadge {
        let code = http.parameters["id"] ?? ""
        guard let badge = MissionNatureBadge(code: code) else { throw NotFoundError("badge-class", key: code) }
        return badge
    }

    /// The assertion named by the path, or a 404.
    private static func find(_ http: HTTPRequest, in workflows: Workflows) throws -> Versioned<BadgeAssertionRecord> {
        let id = http.parameters["id"] ?? ""
        guard let assertion = try workflows.badgeAssertion(id) else { throw NotFoundError("badge-assertion", key: id) }
        return assertion
    }

    /// A JSON-LD document: `application/ld+json`, or `application/json` for a client that asks
    /// for JSON without JSON-LD (both are accepted by Open Badges verifiers).
    private static func document(_ value: some Encodable, for http: HTTPRequest, status: HTTPStatus = .ok)
        -> HTTPResponse
    {
        let accept = http.headers["Accept"] ?? ""
        let mediaType =
            accept.contains("application/json") && !accept.contains("ld+json")
            ? "application/json" : OpenBadges.mediaType
        return HTTPResponse(status: status, contentType: mediaType, body: OpenBadges.encode(value))
    }
}
