import API
import Foundation
import HTTP
import Support

/// The files the pages refer to, served for a year without revalidation (RFC 9111 §5.2.2.1 and
/// RFC 8246): their URLs change when their content does.
///
/// - The app's own stylesheet is embedded in the binary (SwiftPM `embedInCode`) and served under
///   a name carrying a hash of its content (`/assets/talents-<hash>.css`).
/// - The State design system (DSFR, `dsfr/README.md`: CSS, Marianne and Spectral fonts, icons,
///   favicon; 1.3 MB) is a folder of resources copied beside the binary (SwiftPM `.copy`, read
///   through `Bundle.module`: `Talents_Web.resources/` next to the executable, see
///   docs/operations.md, "Web front") and served under a prefix naming its version,
///   `/assets/dsfr-1.14.4/…`, keeping the distribution's layout: its stylesheet refers to
///   `../fonts/…` and `../icons/…`. Embedding 1.3 MB as Swift array literals would make every
///   build of the module slow (`../shared/recipes/dsfr.md`).
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

    static let stylesheet = Asset(
        stem: "talents", extension: "css", mediaType: "text/css; charset=utf-8",
        body: PackageResources.talents_css)

    /// The version of the vendored DSFR, which names its URL prefix: a new version, new URLs.
    static let dsfrVersion = "1.14.4"
    /// Where the DSFR files are served: `/assets/dsfr-1.14.4/dsfr/dsfr.min.css`…
    static let dsfrPrefix = "/assets/dsfr-\(dsfrVersion)/"
    /// The DSFR stylesheet, the favicons.
    static let dsfrStylesheet = dsfrPrefix + "dsfr/dsfr.min.css"
    static let favicon = dsfrPrefix + "favicon/favicon.svg"
    static let faviconICO = dsfrPrefix + "favicon/favicon.ico"
    static let appleTouchIcon = dsfrPrefix + "favicon/apple-touch-icon.png"

    /// The DSFR files by URL path, read once from the resource folder (at start-up: see
    /// ``add(to:)``), so a missing folder stops the server at once rather than a page later.
    static let dsfr: [String: Asset] = loadDSFR()

    /// RFC 9111 §5.2.2.1 and RFC 8246: a year, never revalidated while fresh.
    static let cacheControl = "public, max-age=31536000, immutable"

    static func add(to api: inout APIRouter) {
        precondition(
            dsfr[dsfrStylesheet] != nil,
            "the DSFR resources are missing: install Talents_Web.resources beside the executable")
        api.page(.get, "/assets/{file}") { http in
            guard http.path == stylesheet.path else {
                return WebResponse.notFound()
            }
            return serve(stylesheet)
        }
        // The distribution's folders are one or two levels deep (dsfr/, fonts/, favicon/; icons/<family>/):
        // one parameter name per level, as the router wants.
        let dsfrFile: @Sendable (HTTPRequest) throws -> HTTPResponse = { http in
            guard let asset = dsfr[http.path] else { return WebResponse.notFound() }
            return serve(asset)
        }
        api.page(.get, "/assets/dsfr-\(dsfrVersion)/{folder}/{file}", dsfrFile)
        api.page(.get, "/assets/dsfr-\(dsfrVersion)/{folder}/{file}/{name}", dsfrFile)
    }

    private static func serve(_ asset: Asset) -> HTTPResponse {
        var response = HTTPResponse(contentType: asset.mediaType, body: asset.body)
        response.headers["Cache-Control"] = cacheControl
        return response
    }

    /// Every file under the resource folder `dsfr` but its notes (README, LICENSE), by the path
    /// it is served at; only a lookup in this table answers, so no request reaches the disk.
    private static func loadDSFR() -> [String: Asset] {
        guard let root = Bundle.module.url(forResource: "dsfr", withExtension: nil)?.standardizedFileURL else {
            return [:]
        }
        let types = [
            "css": "text/css; charset=utf-8", "woff2": "font/woff2", "svg": "image/svg+xml",
            "ico": "image/vnd.microsoft.icon", "png": "image/png"
        ]
        var files: [String: Asset] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let type = types[url.pathExtension], let data = FileManager.default.contents(atPath: url.path) else {
                continue
            }
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            files[dsfrPrefix + relative] = Asset(path: dsfrPrefix + relative, mediaType: type, body: Array(data))
        }
        return files
    }
}

extension WebAssets.Asset {
    /// A file served at `path` as it is.
    init(path: String, mediaType: String, body: [UInt8]) {
        self.path = path
        self.mediaType = mediaType
        self.body = body
    }
}
