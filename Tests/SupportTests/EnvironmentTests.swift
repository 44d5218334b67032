import Support
import Testing

@Suite("Configuration from the environment")
struct EnvironmentTests {
    @Test("typed getters read valid values; unset and empty are nil")
    func getters() throws {
        let environment = Environment([
            "TALENTS_PORT": "8080", "TALENTS_WORKERS": "-2", "TALENTS_DEBUG": "Yes",
            "TALENTS_BASE_URL": "https://talents.numerique.gouv.fr/", "TALENTS_DB": "data/t.sqlite", "EMPTY": ""
        ])
        #expect(try environment.port("TALENTS_PORT") == 8080)
        #expect(try environment.int("TALENTS_WORKERS") == -2)
        #expect(try environment.bool("TALENTS_DEBUG") == true)
        #expect(try environment.httpURL("TALENTS_BASE_URL") == "https://talents.numerique.gouv.fr")
        #expect(environment.string("TALENTS_DB") == "data/t.sqlite")
        #expect(environment.string("EMPTY") == nil)
        #expect(try environment.port("EMPTY") == nil)
        #expect(try environment.port("UNSET") == nil)
    }

    @Test("the process environment is the default")
    func processEnvironment() {
        #expect(Environment().string("PATH") != nil)
    }

    @Test(
        "invalid values throw an error naming the variable and the rule",
        arguments: [
            ("TALENTS_PORT", "abc", "TALENTS_PORT must be a port number (1–65535), got 'abc'"),
            ("TALENTS_PORT", "0", "TALENTS_PORT must be a port number (1–65535), got '0'"),
            ("TALENTS_PORT", "65536", "TALENTS_PORT must be a port number (1–65535), got '65536'"),
            ("TALENTS_PORT", " 80", "TALENTS_PORT must be a port number (1–65535), got ' 80'")
        ])
    func invalidPort(variable: String, value: String, message: String) {
        let error = #expect(throws: ConfigurationError.self) {
            try Environment([variable: value]).port(variable)
        }
        #expect(error?.description == message)
        #expect(error?.variable == variable)
    }

    @Test("integers and booleans reject what does not read")
    func invalidOthers() {
        let environment = Environment(["N": "12x", "B": "maybe"])
        #expect(throws: ConfigurationError(variable: "N", value: "12x", expectation: "an integer")) {
            try environment.int("N")
        }
        let error = #expect(throws: ConfigurationError.self) { try environment.bool("B") }
        #expect(error?.description == "B must be a boolean (true/false, yes/no, on/off, 1/0), got 'maybe'")
    }

    @Test(
        "booleans",
        arguments: [
            ("true", true), ("TRUE", true), ("yes", true), ("on", true), ("1", true),
            ("false", false), ("No", false), ("off", false), ("0", false)
        ])
    func booleans(text: String, value: Bool) {
        #expect(ValueParser.bool.parse(text) == value)
    }

    @Test(
        "http URLs",
        arguments: [
            ("http://localhost:8080", "http://localhost:8080"),
            ("https://talents.example.fr/app//", "https://talents.example.fr/app"),
            ("HTTPS://Talents.example.fr", "HTTPS://Talents.example.fr"),
            ("https://user@host.fr", "https://user@host.fr"),
            ("ftp://host.fr", nil), ("talents.example.fr", nil), ("https://", nil), ("https:///path", nil),
            ("https://:8080", nil), ("https://host .fr", nil), ("https://host.fr\n", nil), ("", nil)
        ] as [(String, String?)])
    func httpURLs(text: String, value: String?) {
        #expect(ValueParser.httpURL.parse(text) == value)
    }

    @Test("a command-line option wins over its environment variable")
    func flagWins() async throws {
        let parser = CommandParser(root: SampleCommands().make())
        func port(_ arguments: [String], _ variables: [String: String]) throws -> UInt16? {
            guard case .run(let invocation) = try parser.parse(arguments) else { return nil }
            return try invocation.value("port", as: .port, environment: Environment(variables))
        }
        #expect(try port(["serve", "--port", "9000"], ["TALENTS_PORT": "8080"]) == 9000)
        #expect(try port(["serve", "-p", "9000"], ["TALENTS_PORT": "not a port"]) == 9000)
        #expect(try port(["serve"], ["TALENTS_PORT": "8080"]) == 8080)
        #expect(try port(["serve"], [:]) == nil)
        #expect(throws: UsageError.self) { try port(["serve", "--port", "x"], ["TALENTS_PORT": "8080"]) }
        #expect(throws: ConfigurationError.self) { try port(["serve"], ["TALENTS_PORT": "x"]) }
    }
}
