import Foundation
import Testing

@testable import AppTestSupport

/// Every page and every form of the web front, found by crawling rather than listed by hand, so
/// a new page is covered the day it is linked: on a demo database whose free texts all carry
/// markup, each persona signs in and follows the site's links; no page fails, none contains a
/// `<script` (the front has no script at all, so any is injected), axe-core finds no WCAG 2.1
/// A/AA violation on any page shape, and every POST form refuses a missing or a wrong CSRF token without
/// changing anything (no new audit event but those of signing in and of audited readings).
@Suite struct WebSweepTests {
    static let hostile = "<script>alert(1)</script>"

    @Test func everyPageEscapesUserTextAndEveryFormRefusesABadCSRFToken() throws {
        let demo = try DemoFixture()
        defer { demo.close() }
        let mark = "'\(Self.hostile) ' || "
        for update in [
            "UPDATE users SET display_name = \(mark)substr(display_name, 1, 90)",
            "UPDATE administrations SET name = \(mark)name",
            "UPDATE missions SET title = \(mark)substr(title, 1, 120), description = \(mark)description",
            "UPDATE applications SET motivation = \(mark)motivation"
        ] {
            _ = try demo.sql(update)
        }
        let auditBefore = try demo.sql("SELECT count(*) FROM audit_events")
        var pages = 0
        var forms = 0
        // axe-core once per page shape (one template), whoever reaches it first, and each
        // persona's own frame (its menu) on the home page and their space.
        var checkedShapes: Set<String> = []
        for persona in Persona.allCases {
            let browser = WebBrowser(demo.server)
            if persona != .anonymous { try browser.signIn(demo.member(persona).email, database: demo.database) }
            let crawl = try WebCrawl(browser, from: "/")
            pages += crawl.visited.count
            for (path, text) in crawl.visited {
                let injected = text.contains("<script")
                #expect(!injected, "\(persona) \(path) carries a script")
            }
            for failure in crawl.failures { Issue.record("\(persona): \(failure)") }
            let unchecked = crawl.visited.map(\.0).filter {
                checkedShapes.insert(WebCrawl.shape($0)).inserted || $0 == "/" || $0 == "/mon-espace"
            }
            try WebAccessibility.expectNoViolations(unchecked, browser: browser)
            for form in crawl.forms {
                forms += 1
                let fields = form.fields.filter { $0.0 != "csrf" }
                for csrf in [String?.none, "x" + (browser.csrfToken ?? "")] {
                    let response = try browser.post(form.action, fields, csrf: csrf.map { .some($0) } ?? .none)
                    #expect(response.status == 403, "\(persona) POST \(form.action) with csrf \(csrf ?? "none")")
                }
            }
        }
        #expect(pages > 30 && forms > 10, "the crawl found \(pages) pages and \(forms) forms")
        // Signing in wrote audit events, and so did the readings audited by design (downloads,
        // one's data); nothing else did.
        let readings = try demo.sql(
            """
            SELECT count(*) FROM audit_events
            WHERE action LIKE 'web.%' OR action LIKE 'download.%' OR action = 'personal-data.exported'
            """)
        #expect(Int(try demo.sql("SELECT count(*) FROM audit_events"))! - Int(readings)! == Int(auditBefore)!)
    }
}

/// A breadth-first walk of the site's own pages from one start, as one browser: at most
/// ``perShape`` pages per path shape (digits and query values blanked), so fifty mission pages
/// count as three. Collects each page's text, its POST forms and what went wrong.
struct WebCrawl {
    struct Form {
        let action: String
        let fields: [(String, String)]
    }

    static let perShape = 3
    static let limit = 150
    private(set) var visited: [(String, String)] = []
    private(set) var forms: [Form] = []
    private(set) var failures: [String] = []

    init(_ browser: WebBrowser, from start: String) throws {
        var queue = [start]
        var seen: Set<String> = [start]
        var shapes: [String: Int] = [:]
        var formShapes: [String: Int] = [:]
        while !queue.isEmpty, visited.count < Self.limit {
            let path = queue.removeFirst()
            let response = try browser.get(path)
            guard response.status == 200 else {
                // Redirects (to sign in) and refusals are fine; a failing page is not.
                if response.status >= 500 { failures.append("GET \(path): \(response.status)") }
                continue
            }
            guard response.headers["content-type"]?.hasPrefix("text/html") == true else { continue }
            let text = response.text
            visited.append((path, text))
            for link in Self.matches(#"href="(/[^"]*)""#, in: text) {
                let target = Self.unescape(link)
                let shape = Self.shape(target)
                guard !seen.contains(target), !Self.skipped(target), shapes[shape, default: 0] < Self.perShape else {
                    continue
                }
                seen.insert(target)
                shapes[shape, default: 0] += 1
                queue.append(target)
            }
            for block in Self.matches(#"(<form method="post"[\s\S]*?</form>)"#, in: text) {
                guard let action = Self.matches(#"action="([^"]*)""#, in: block).first.map(Self.unescape) else {
                    continue
                }
                let shape = Self.shape(action)
                guard formShapes[shape, default: 0] < Self.perShape else { continue }
                formShapes[shape, default: 0] += 1
                forms.append(Form(action: action, fields: Self.fields(of: block)))
            }
        }
    }

    /// The fields a browser would send: inputs with their values, a textarea's text, a select's
    /// first option (enough to make the CSRF token the only thing wrong).
    static func fields(of form: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for input in matches(#"(<input[^>]*>)"#, in: form) {
            guard let name = matches(#"name="([^"]*)""#, in: input).first else { continue }
            fields.append((unescape(name), unescape(matches(#"value="([^"]*)""#, in: input).first ?? "x")))
        }
        for name in matches(#"<textarea[^>]*name="([^"]*)""#, in: form) { fields.append((unescape(name), "x")) }
        for select in matches(#"(<select[\s\S]*?</select>)"#, in: form) {
            guard let name = matches(#"name="([^"]*)""#, in: select).first else { continue }
            fields.append((unescape(name), unescape(matches(#"<option value="([^"]*)""#, in: select).first ?? "")))
        }
        return fields
    }

    /// Assets, the JSON API and badges (JSON-LD) are not pages to crawl.
    static func skipped(_ path: String) -> Bool {
        ["/v1", "/assets", "/static", "/metrics", "/badges"].contains { path.hasPrefix($0) }
    }

    static func shape(_ path: String) -> String {
        let (route, query) = path.split(separator: "?", maxSplits: 1).map(String.init).pair
        let blank = route.replacingOccurrences(of: #"[0-9]+"#, with: "#", options: .regularExpression)
        let keys = query.map { $0.split(separator: "&").map { $0.prefix { $0 != "=" } }.joined(separator: "&") }
        return blank + (keys.map { "?" + $0 } ?? "")
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Array where Element == String {
    fileprivate var pair: (String, String?) { (self.first ?? "", count > 1 ? self[1] : nil) }
}
