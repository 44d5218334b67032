import Domain
import HTML
import HTTP
import Support
import Workflows

/// What a page knows of the browser: the signed-in user (from the session cookie) and the
/// secret the CSRF token is derived from.
///
/// CSRF protection is a synchronizer token (OWASP): every form carries
/// `HMAC-SHA256(browser secret, "csrf")`, where the secret is the session token once signed in,
/// or a random visitor cookie before; a POST whose token does not match is refused (403).
struct WebContext {
    static let sessionCookie = "talents_session"
    static let visitorCookie = "talents_visiteur"

    let http: HTTPRequest
    let workflows: Workflows
    /// The signed-in user, when the session cookie names a live session.
    let user: User?
    /// The session token from the cookie, when it names a live session.
    let sessionToken: String?
    /// The visitor secret: from the cookie, or new (then ``setCookies`` sends it).
    let visitorSecret: String
    private let visitorIsNew: Bool
    /// Whether cookies get `Secure` (the base URL is https).
    let secureCookies: Bool
    /// What the mandatory pages and the footer say (the accessibility status, the DPO contact).
    let legal: WebLegal
    /// The session this request opened through a trusted single-sign-on proxy, if any
    /// (``sessionCookieHeader`` sends its cookie).
    private let openedSession: Workflows.WebSession?
    /// The CSRF token, derived once per request however many forms the page holds.
    private let csrf: CSRFToken

    /// The browser's context; `singleSignOn`, when configured, may open a session for the user
    /// a trusted proxy names (see ``WebSingleSignOn``).
    init(
        _ http: HTTPRequest, workflows: Workflows, secureCookies: Bool,
        singleSignOn: WebSingleSignOn? = nil, legal: WebLegal = WebLegal()
    ) throws {
        self.http = http
        self.workflows = workflows
        self.secureCookies = secureCookies
        self.legal = legal
        let cookies = Self.cookies(http.headers["Cookie"])
        var user: User?
        var sessionToken: String?
        if let token = cookies[Self.sessionCookie], let sessionUser = try workflows.webSessionUser(token: token) {
            user = sessionUser
            sessionToken = token
        }
        var opened: Workflows.WebSession?
        if let (email, proxy) = singleSignOn?.vouchedEmail(http), user?.email != email {
            // The proxy's word wins over a session of somebody else in this browser: that one
            // ends. The user's session is opened once, then the cookie carries it.
            if let stale = sessionToken { try workflows.signOut(sessionToken: stale) }
            opened = try workflows.signIn(trustedEmail: email, proxy: proxy)
            user = opened?.user
            sessionToken = opened?.token
        }
        self.user = user
        self.sessionToken = sessionToken
        openedSession = opened
        if let visitor = cookies[Self.visitorCookie], visitor.utf8.count == 43 {
            visitorSecret = visitor
            visitorIsNew = false
        } else {
            visitorSecret = SecureRandom.token()
            visitorIsNew = true
        }
        csrf = CSRFToken(secret: sessionToken ?? visitorSecret)
    }

    /// The CSRF token of this browser.
    var csrfToken: String { csrf.token }

    /// The hidden field every form carries.
    var csrfField: HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(csrfToken)\">"
    }

    static func csrfToken(secret: String) -> String {
        Base64URL.encode(HMACSHA256.authenticationCode(for: Array("csrf".utf8), key: Array(secret.utf8)).bytes)
    }

    /// The form fields of a POST (`application/x-www-form-urlencoded`), after checking its CSRF
    /// token in constant time, line breaks as line feeds (a browser sends a textarea's as CRLF),
    /// and every value held to the ``TextInput`` rule: the one form reader of the web front.
    /// - Throws: ``WebError/csrfRejected`` when the token is missing or wrong;
    ///   ``TextInputError`` naming the first field that holds a control character.
    func form() throws -> HTTPQuery {
        let form = HTTPQuery(Substring(decoding: http.body, as: UTF8.self))
        guard let sent = form["csrf"], ConstantTime.isEqual(Array(sent.utf8), Array(csrfToken.utf8)) else {
            throw WebError.csrfRejected
        }
        var items: [(name: String, value: String)] = []
        for (name, value) in form {
            let value = TextInput.normalizingLineBreaks(value)
            try TextInput.check(value, field: name)
            items.append((name, value))
        }
        return HTTPQuery(items: items)
    }

    /// The user, or a redirect to the sign-in page.
    func signedInUser() throws -> User {
        guard let user else { throw WebError.signInRequired }
        return user
    }

    /// The `Set-Cookie` of a session opened through the single-sign-on proxy, if one was.
    var sessionCookieHeader: String? {
        openedSession.map { cookie(Self.sessionCookie, $0.token, maxAge: Workflows.webSessionLifetimeHours * 3600) }
    }

    /// The `Set-Cookie` for a new visitor secret, if one was made.
    var visitorCookieHeader: String? {
        visitorIsNew ? cookie(Self.visitorCookie, visitorSecret, maxAge: nil) : nil
    }

    /// A cookie: `HttpOnly`, `SameSite=Lax`, `Secure` over https, for the whole site
    /// (RFC 6265 §4.1; SameSite from RFC 6265bis).
    func cookie(_ name: String, _ value: String, maxAge: Int?) -> String {
        var parts = ["\(name)=\(value)", "Path=/", "HttpOnly", "SameSite=Lax"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if secureCookies { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }

    /// The cookies of a `Cookie` header (RFC 6265 §5.4), read over its bytes: pairs split at
    /// `;`, name and value without surrounding spaces, the first pair of a name kept.
    static func cookies(_ header: String?) -> [String: String] {
        var cookies: [String: String] = [:]
        for pair in (header ?? "").utf8.split(separator: UInt8(ascii: ";")) {
            guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = trimmingSpaces(pair[..<equals])
            if cookies[name] == nil { cookies[name] = trimmingSpaces(pair[pair.index(after: equals)...]) }
        }
        return cookies
    }

    /// `bytes` without its leading and trailing spaces.
    private static func trimmingSpaces(_ bytes: Substring.UTF8View) -> String {
        let trimmed = bytes.drop { $0 == UInt8(ascii: " ") }
        guard let last = trimmed.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(Substring(trimmed[...last]))
    }
}

/// A browser's CSRF token, derived from its secret on first use.
private final class CSRFToken {
    private let secret: String
    private(set) lazy var token = WebContext.csrfToken(secret: secret)

    init(secret: String) {
        self.secret = secret
    }
}

/// Refusals of the web front that are not domain errors.
enum WebError: Error {
    /// A POST without the right CSRF token (403).
    case csrfRejected
    /// A page that needs a signed-in user (303 to the sign-in page).
    case signInRequired
}
