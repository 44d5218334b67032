import Foundation
import TestSupport

/// A database for the application tests, made with the real binaries: a ministry, an operator,
/// a mission owner and talents (each with a profile, made through the API), a clock file both
/// binaries read "now" from, and `talents-api` serving it. `close()` stops the server and
/// removes the files. Its state is set once in `init` (hence `@unchecked Sendable`, so helper
/// closures of the battery may capture it).
final class ApplicationWorld: @unchecked Sendable {
    let directory: TemporaryDirectory
    let database: String
    /// The file holding "now" (``FileClock``): moving it moves the server's and the CLI's time.
    let clockFile: String
    let server: APIServerProcess
    /// The bearer token of each user, by short name: `operator`, `owner`, `talent1`…
    let tokens: [String: String]

    /// Creates the world with `talents` talents named `talent1`…, the clock at the real "now".
    init(talents: Int = 2) throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        clockFile = directory.path("clock")
        let (database, clockFile) = (database, clockFile)
        func admin(_ arguments: String...) throws -> String {
            try Self.check(try Self.run(arguments, database: database, clockFile: clockFile))
        }
        var tokens: [String: String] = [:]
        do {
            try Self.write(Date(), to: clockFile)
            try Subprocess.migrate(database)
            _ = try admin(
                "administrations", "add", "--name", "Ministère de l'essai", "--acronym", "MINESSAI",
                "--level", "ministry")
            let people =
                [("operator", "operator"), ("owner", "mission-owner")]
                + (0..<talents).map { ("talent\($0 + 1)", "talent") }
            for (name, role) in people {
                _ = try admin(
                    "users", "add", "--name", "Personne \(name)", "--email", "\(name)@numerique.gouv.fr",
                    "--role", role, "--administration", "MINESSAI")
                tokens[name] = try admin("tokens", "issue", "--email", "\(name)@numerique.gouv.fr")
            }
            self.tokens = tokens
            server = try APIServerProcess(database: database, environment: ["TALENTS_CLOCK_FILE": clockFile])
            for index in 0..<talents {
                let created = try server.send(
                    "POST", "/v1/talents", token: tokens["talent\(index + 1)"],
                    json: Self.profile)
                guard created.status == 201 else { throw DemoFixture.SetupError(reason: "profile: \(created.text)") }
            }
        } catch {
            directory.remove()
            throw error
        }
    }

    func close() {
        server.stop()
        directory.remove()
    }

    /// Runs `talents-admin` on the world's database and clock; throws unless it exits 0.
    @discardableResult
    func admin(_ arguments: String...) throws -> String {
        try Self.check(try run(arguments))
    }

    /// Runs `talents-admin` on the world's database and clock, whatever its exit status.
    func run(_ arguments: [String]) throws -> Subprocess.Result {
        try Self.run(arguments, database: database, clockFile: clockFile)
    }

    private static func run(_ arguments: [String], database: String, clockFile: String) throws -> Subprocess.Result {
        try Subprocess.run(
            "talents-admin", arguments,
            environment: ["TALENTS_DB": database, "TALENTS_CLOCK_FILE": clockFile])
    }

    /// The trimmed output of a run that exited 0.
    private static func check(_ result: Subprocess.Result) throws -> String {
        guard result.status == 0 else { throw DemoFixture.SetupError(reason: result.errorOutput) }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends a request as `user` (a short name, or nil for no token).
    func send(
        _ method: String, _ path: String, as user: String?, ifMatch: String? = nil,
        headers: [String: String] = [:], json: String? = nil
    ) throws -> HTTPClient.Response {
        var headers = headers
        if let ifMatch { headers["If-Match"] = ifMatch }
        return try server.send(method, path, token: user.flatMap { tokens[$0] }, headers: headers, json: json)
    }

    /// A mission of the owner, drafted, submitted and published through the API; its id.
    func publishedMission(title: String = "Revue d'accessibilité du portail") throws -> Int {
        let created = try send("POST", "/v1/missions", as: "owner", json: Self.mission(title: title))
        guard created.status == 201, let id = (created.json as? [String: Any])?["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "mission: \(created.text)")
        }
        for (action, user, revision) in [("submit", "owner", 1), ("publish", "operator", 2)] {
            let response = try send("POST", "/v1/missions/\(id)/\(action)", as: user, ifMatch: "\"\(revision)\"")
            guard response.status == 200 else { throw DemoFixture.SetupError(reason: "\(action): \(response.text)") }
        }
        return id
    }

    /// Moves the world's clock (server and CLI) to `date`.
    func setClock(_ date: Date) throws {
        try Self.write(date, to: clockFile)
    }

    /// One value read with the system's `sqlite3`.
    func sql(_ query: String) throws -> String {
        try Subprocess.sqlite3(database, query).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A valid mission: deadline in 30 days, window from 40 to 100 days from today.
    static func mission(title: String) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        func day(_ offset: Int) -> String { formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400)) }
        return """
            {"title":"\(title)","description":"Audit RGAA et plan de corrections.","nature":"ux-improvement",\
            "requiredSkills":[{"code":"a11y-audit","minimumLevel":2}],"effortHours":21,\
            "window":{"start":"\(day(40))","end":"\(day(100))"},"departement":"75","remote":true,"talentsSought":2,\
            "applicationDeadline":"\(day(30))","crisis":false}
            """
    }

    /// A valid talent profile, employed by the world's ministry (administration 1).
    static let profile = """
        {"employerID":1,"status":"civil-servant","lineManager":{"name":"Hélène Garnier",\
        "email":"helene.garnier@numerique.gouv.fr"},"departement":"75","skills":[{"code":"a11y-audit","level":3}],\
        "availability":{"hoursPerMonth":8},"presentation":"Auditrice RGAA."}
        """

    /// `date` in RFC 3339 with milliseconds, as the clock file and the API write instants.
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    private static func write(_ date: Date, to path: String) throws {
        try Data(rfc3339(date).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
