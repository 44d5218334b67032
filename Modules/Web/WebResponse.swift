import HTML
import HTTP
import Reporting

/// The responses of the web front.
enum WebResponse {
    static let mediaType = "text/html; charset=utf-8"
    /// No script at all; styles, fonts and images from the site only, plus the DSFR's data: images.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; script-src 'none'; frame-ancestors 'none'; form-action 'self'"

    /// A page, not cached (it depends on the session), with the visitor cookie when new.
    static func page(_ html: HTML, context: WebContext, status: HTTPStatus = .ok) -> HTTPResponse {
        var response = HTTPResponse(status: status, contentType: mediaType, body: html.bytes)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        // data: images: the DSFR draws the Marianne, the motto and some icons as data: URIs in its CSS.
        response.headers["Content-Security-Policy"] = Self.contentSecurityPolicy
        if let cookie = context.visitorCookieHeader { response.headers.append(name: "Set-Cookie", value: cookie) }
        return response
    }

    /// 303 See Other to `location` (RFC 9110 §15.4.4): after a POST, the browser GETs the result.
    static func seeOther(_ location: String, cookies: [String] = []) -> HTTPResponse {
        var response = HTTPResponse(
            status: HTTPStatus(code: 303), headers: ["Location": location, "Cache-Control": "no-store"])
        for cookie in cookies { response.headers.append(name: "Set-Cookie", value: cookie) }
        return response
    }

    /// A spreadsheet to save as `filename` (ASCII, ending in `.csv`), not cached.
    static func download(_ sheet: Spreadsheet, filename: String) -> HTTPResponse {
        var response = HTTPResponse(status: .ok, contentType: "text/csv; charset=utf-8", body: sheet.bytes)
        response.headers["Content-Disposition"] = "attachment; filename=\"\(filename)\""
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    }

    /// A bare 404 page, for a path with no page.
    static func notFound() -> HTTPResponse {
        HTTPResponse(
            status: HTTPStatus(code: 404), contentType: mediaType,
            body:
                "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page introuvable</title></head><body><main><h1>Page introuvable</h1><p><a href=\"/\">Retour à l'accueil</a></p></main></body></html>"
        )
    }
}
