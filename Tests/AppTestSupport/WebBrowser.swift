import Foundation
import Testing

/// A minimal browser for the web front's end-to-end tests: keeps the cookies the server sets,
/// sends forms as `application/x-www-form-urlencoded`, and reads the CSRF token of the last page.
final class WebBrowser {
    let server: APIServerProcess
    private(set) var cookies: [String: String] = [:]
    /// The last response.
    private(set) var last: HTTPClient.Response?

    init(_ server: APIServerProcess) {
        self.server = server
    }

    /// GET `path` with the cookies.
    @discardableResult
    func get(_ path: String) throws -> HTTPClient.Response {
        try send("GET", path, body: nil)
    }

    /// POST `fields` to `path`, with the CSRF token of the last page unless `csrf` says otherwise
    /// (nil: no token at all).
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)], csrf: String?? = .some(nil)) throws -> HTTPClient.Response {
        var fields = fields
        switch csrf {
        case .some(.some(let token)): fields.append(("csrf", token))
        case .some(.none): if let token = csrfToken { fields.append(("csrf", token)) }
        case .none: break
        }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try send("POST", path, body: Data(body.utf8))
    }

    /// Signs in as `email` through the one-time link, read from the outbox of `database` where
    /// the e-mail waits.
    func signIn(_ email: String, database: String) throws {
        try get("/connexion")
        let before = try Self.linkCount(database, to: email)
        try post("/connexion", [("email", email)])
        try Self.waitForLinks(database, to: email, count: before + 1)
        let token = try Self.newestLinkToken(database, to: email)
        try get("/connexion/lien?jeton=\(token)")
        try #require(try post("/connexion/lien", [("jeton", token)]).status == 303, "sign-in as \(email)")
    }

    /// The token of the newest sign-in link queued in `database`, to `email` or to anyone: from
    /// the e-mail's payload while it waits, else from the delivered message in the mail folder
    /// beside the database (delivery empties the token in the outbox).
    static func newestLinkToken(_ database: String, to email: String? = nil) throws -> String {
        let recipient = email.map { " AND recipient_email = '\($0)'" } ?? ""
        let row = try Subprocess.sqlite3(
            database,
            "SELECT id || '|' || json_extract(payload, '$.signInLink.token') "
                + "FROM notification_outbox WHERE kind = 'sign-in-link'\(recipient) ORDER BY id DESC LIMIT 1"
        )
        .output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|", omittingEmptySubsequences: false)
        try #require(row.count == 2, "no sign-in link queued")
        if row[1].count == 43 { return String(row[1]) }
        let token = try #require(
            try deliveredLinkToken(outboxID: String(row[0]), database: database), "no sign-in link delivered")
        return token
    }

    /// The sign-in token in the delivered e-mail of outbox row `outboxID` (`mail/new/` beside
    /// `database`, the default maildir; the text is quoted-printable).
    static func deliveredLinkToken(outboxID: String, database: String) throws -> String? {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("mail/new")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = files.first(where: { $0.hasPrefix("notification-\(outboxID)_") }) else { return nil }
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "")
            .replacingOccurrences(of: "=3D", with: "=")
        guard let range = text.range(of: #"jeton=[A-Za-z0-9_-]{43}"#, options: .regularExpression) else { return nil }
        return String(text[range].dropFirst("jeton=".count))
    }

    /// How many sign-in links were queued in `database`, to `email` or to anyone.
    static func linkCount(_ database: String, to email: String? = nil) throws -> Int {
        let recipient = email.map { " AND recipient_email = '\($0)'" } ?? ""
        let count = try Subprocess.sqlite3(
            database, "SELECT count(*) FROM notification_outbox WHERE kind = 'sign-in-link'\(recipient)"
        )
        .output.trimmingCharacters(in: .whitespacesAndNewlines)
        return Int(count) ?? 0
    }

    /// Waits (up to 10 s) until `count` sign-in links were queued, to `email` or to anyone: the
    /// sign-in form answers first and the link is made after (issue 15, ``SignInLinkQueue``).
    static func waitForLinks(_ database: String, to email: String? = nil, count: Int) throws {
        for _ in 0..<200 {
            if try linkCount(database, to: email) >= count { return }
            usleep(50_000)
        }
        Issue.record("fewer than \(count) sign-in links were queued")
    }

    /// Replaces the cookies (to replay an old session).
    func restore(_ cookies: [String: String]) {
        self.cookies = cookies
    }

    /// The `csrf` hidden field of the last page.
    var csrfToken: String? {
        guard let text = last?.text, let range = text.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The raw `Set-Cookie` of the last response (the test client keeps one field per name).
    var lastSetCookie: String? { last?.headers["set-cookie"] }

    private func send(_ method: String, _ path: String, body: Data?) throws -> HTTPClient.Response {
        var headers: [String: String] = [:]
        if !cookies.isEmpty {
            headers["Cookie"] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        if body != nil { headers["Content-Type"] = "application/x-www-form-urlencoded" }
        let response = try HTTPClient.send(method, server.baseURL + path, headers: headers, body: body)
        if let setCookie = response.headers["set-cookie"] {
            let pair = setCookie.prefix { $0 != ";" }
            if let equals = pair.firstIndex(of: "=") {
                let name = String(pair[..<equals])
                let value = String(pair[pair.index(after: equals)...])
                if setCookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
            }
        }
        last = response
        return response
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
