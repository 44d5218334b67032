import HTTP

/// The header fields every answer of the API and of the web front carries (issue 15):
///
/// - `Referrer-Policy: no-referrer`: no page leaks its address, which may hold a token (the
///   sign-in link, a student's Vis mon job link), to the sites it links to.
/// - `X-Content-Type-Options: nosniff`: a browser never guesses another media type.
/// - `Cache-Control: no-store` unless the response chose its own caching: answers hold personal
///   data or depend on the caller. The exceptions set theirs (``publicDocument``, the hashed
///   assets); `ETag`s stay, for `If-Match`.
/// - `Strict-Transport-Security` when the public base URL is https (RFC 6797), never over
///   plain http, where a browser ignores it anyway.
struct SecurityHeaders: Sendable {
    /// One year, subdomains included (RFC 6797 §6.1).
    static let strictTransportSecurity = "max-age=31536000; includeSubDomains"
    /// The caching of a document that is the same for everyone and names nobody (the OpenAPI
    /// contract, the Open Badges issuer and badge classes): an hour.
    static let publicDocument = "public, max-age=3600"

    /// Whether HSTS is sent: the base URL is https.
    let https: Bool

    /// Adds the fields to `response`, keeping a `Cache-Control` it already has.
    func apply(to response: inout HTTPResponse) {
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        if response.headers["Cache-Control"] == nil { response.headers["Cache-Control"] = "no-store" }
        if https { response.headers["Strict-Transport-Security"] = Self.strictTransportSecurity }
    }
}
