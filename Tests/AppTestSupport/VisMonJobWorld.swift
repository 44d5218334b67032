import Foundation
import TestSupport
import Testing

/// A fresh database for the Vis mon job end-to-end tests: two ministries, an operator and two
/// talents with profiles (the future ambassadors), tokens for the three, a clock file the API
/// and the CLI read ("now" moves without sleeping), and the real `talents-api` on it.
struct VisMonJobWorld {
    let directory: TemporaryDirectory
    let database: String
    let clockFile: String
    let server: APIServerProcess
    let operatorToken: String
    /// Camille (Ministère A, Paris) and Yanis (Ministère B, Lyon).
    let talentTokens: [String]

    init(now: String) throws {
        directory = try TemporaryDirectory()
        let database = directory.path("talents.sqlite")
        let clockFile = directory.path("clock")
        self.database = database
        self.clockFile = clockFile
        do {
            try now.write(toFile: clockFile, atomically: true, encoding: .utf8)
            try Subprocess.migrate(database)
            let admin = { (arguments: [String]) throws -> String in
                try Self.admin(arguments, database: database, clockFile: clockFile)
            }
            _ = try admin([
                "administrations", "add", "--name", "Ministère A", "--acronym", "MINA", "--level", "ministry"
            ])
            _ = try admin([
                "administrations", "add", "--name", "Ministère B", "--acronym", "MINB", "--level", "ministry"
            ])
            _ = try admin([
                "users", "add", "--name", "Opé Rateur", "--email", "operateur@numerique.gouv.fr",
                "--role", "operator"
            ])
            _ = try admin([
                "users", "add", "--name", "Camille Martin", "--email", "camille.martin@mina.gouv.fr",
                "--role", "talent"
            ])
            _ = try admin([
                "users", "add", "--name", "Yanis Benali", "--email", "yanis.benali@minb.gouv.fr",
                "--role", "talent"
            ])
            operatorToken = try admin(["tokens", "issue", "--email", "operateur@numerique.gouv.fr"])
            talentTokens = [
                try admin(["tokens", "issue", "--email", "camille.martin@mina.gouv.fr"]),
                try admin(["tokens", "issue", "--email", "yanis.benali@minb.gouv.fr"])
            ]
            server = try APIServerProcess(database: database, environment: ["TALENTS_CLOCK_FILE": clockFile])
        } catch {
            directory.remove()
            throw error
        }
        for (index, token) in talentTokens.enumerated() {
            let created = try server.send(
                "POST", "/v1/talents", token: token, json: Self.profile(employerID: index + 1))
            try #require(created.status == 201, "talent profile: \(created.text)")
        }
    }

    /// Moves "now" for the server and the CLI.
    func setClock(_ instant: String) throws {
        try instant.write(toFile: clockFile, atomically: true, encoding: .utf8)
    }

    func stop() {
        server.stop()
        directory.remove()
    }

    /// Runs talents-admin on the database and the clock; the full result.
    func run(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(
            "talents-admin", arguments,
            environment: ["TALENTS_DB": database, "TALENTS_CLOCK_FILE": clockFile])
    }

    /// Runs `sql` with the system's sqlite3; its trimmed output.
    func sql(_ sql: String) throws -> String {
        try Subprocess.sqlite3(database, sql).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func admin(_ arguments: [String], database: String, clockFile: String) throws -> String {
        let result = try Subprocess.run(
            "talents-admin", arguments,
            environment: ["TALENTS_DB": database, "TALENTS_CLOCK_FILE": clockFile])
        guard result.status == 0 else {
            throw DemoFixture.SetupError(reason: "talents-admin \(arguments): \(result.errorOutput)")
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func profile(employerID: Int) -> String {
        """
        {"employerID": \(employerID), "status": "civil-servant", \
        "lineManager": {"name": "Hélène Garnier", "email": "helene.garnier@numerique.gouv.fr"}, \
        "departement": "75", "skills": [{"code": "dev-backend", "level": 3}], \
        "availability": {"hoursPerMonth": 8}, "presentation": "Agent du numérique."}
        """
    }

    /// A student registration body.
    static func student(
        _ email: String, wishes: [String], departements: [String] = ["75"],
        school: String = "Université Paris Cité"
    ) -> String {
        let quoted = { (values: [String]) in values.map { "\"\($0)\"" }.joined(separator: ",") }
        return
            #"{"school":"\#(school)","level":"bac+4","wishes":[\#(quoted(wishes))],"departements":[\#(quoted(departements))],"email":"\#(email)"}"#
    }

    /// An ambassador profile body.
    static func ambassador(_ family: String, in departement: String, city: String, capacity: Int) -> String {
        #"{"jobFamily":"\#(family)","departement":"\#(departement)","city":"\#(city)","capacity":\#(capacity),"description":"Une journée dans l'équipe."}"#
    }
}

extension HTTPClient.Response {
    /// The content as a JSON object (empty when it is not one).
    var vmjObject: [String: Any] { json as? [String: Any] ?? [:] }
    /// The problem type without the API's prefix.
    var vmjProblem: String? {
        (vmjObject["type"] as? String).map { String($0.split(separator: "/").last ?? "") }
    }
    /// The `ETag` as `If-Match` wants it.
    var ifMatch: [String: String] { ["If-Match": headers["etag"] ?? ""] }
}
