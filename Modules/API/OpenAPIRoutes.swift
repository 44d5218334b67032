import HTTP

/// `GET /openapi.yaml`: the contract, `docs/openapi.yaml`, embedded in the binary at build time
/// (SwiftPM `embedInCode` resource), so it is served wherever the executable is installed.
enum OpenAPIRoutes {
    /// The media type of YAML (RFC 9512).
    static let mediaType = "application/yaml"

    static func add(to api: inout APIRouter) {
        api.plain(.get, "/openapi.yaml") { _ in
            var response = HTTPResponse(contentType: mediaType, body: PackageResources.openapi_yaml)
            response.headers["Cache-Control"] = SecurityHeaders.publicDocument
            return response
        }
    }
}
