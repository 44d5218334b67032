import API
import HTTP
import Support

/// The stylesheet and the logo, embedded in the binary (SwiftPM `embedInCode`) and served under
/// a name carrying a hash of their content, so they can be cached for a year: a new build with
/// a changed file changes the name.
enum WebAssets {
    /// One embedded file.
    struct Asset: Sendable {
        let path: String
        let mediaType: String
        let body: [UInt8]

        init(stem: String, extension suffix: String, mediaType: String, body: [UInt8]) {
            let hash = Hex.encode(SHA256.hash(body).bytes.prefix(8))
            path = "/assets/\(stem)-\(hash).\(suffix)"
            self.mediaType = mediaType
            self.body = body
        }
    }

    static let stylesheet = Asset(stem: "talents", extension: "css", mediaType: "text/css; charset=utf-8",
                                  body: PackageResources.talents_css)
    static let logo = Asset(stem: "logo", extension: "svg", mediaType: "image/svg+xml", body: PackageResources.logo_svg)

    /// RFC 9111 §5.2.2.1 and RFC 8246: a year, never revalidated while fresh.
    static let cacheControl = "public, max-age=31536000, immutable"

    static func add(to api: inout APIRouter) {
        api.page(.get, "/assets/{file}") { http in
            guard let asset = [stylesheet, logo].first(where: { $0.path == http.path }) else {
                return WebResponse.notFound()
            }
            var response = HTTPResponse(contentType: asset.mediaType, body: asset.body)
            response.headers["Cache-Control"] = cacheControl
            return response
        }
    }
}
