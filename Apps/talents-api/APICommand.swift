import Domain
import HTTP
import Persistence
import Support
import Workflows

/// The `talents-api` command line: options that mirror the environment variables, and the
/// start-up sequence.
enum APICommand {
    /// Seconds between two runs of the notification job in the API process; 0 leaves it to cron.
    static let jobsInterval = CommandEnvironmentVariable(
        "TALENTS_JOBS_INTERVAL_SECONDS",
        help: "Seconds between notification job runs, 0 to 86400; 0 leaves it to cron (default 60).")

    static let root = Command(
        "talents-api", abstract: "Serve the Talents web API (JSON under /v1).",
        options: [
            .value("host", placeholder: "address", help: "Listen address (default 127.0.0.1).",
                   environment: "TALENTS_HOST"),
            .value("port", placeholder: "port", help: "Listen port (default 8080).", environment: "TALENTS_PORT"),
            .value("db", placeholder: "path", help: "Database file (default \(TalentsDatabase.defaultPath)).",
                   environment: "TALENTS_DB"),
            .value("base-url", placeholder: "url", help: "Public URL used in links (default http://HOST:PORT).",
                   environment: "TALENTS_BASE_URL"),
            .value("log-level", placeholder: "level", help: "debug, info, warning or error (default info).",
                   environment: "TALENTS_LOG_LEVEL"),
            .publicServices,
            .clockFile,
            .creditsPerHour,
            .ssoProxyAddresses,
            .ssoHeader,
        ],
        environment: [jobsInterval] + NotificationSettings.environmentVariables) { invocation, context in
        let environment = context.environment
        let host = try invocation.value("host", as: .string, environment: environment) ?? "127.0.0.1"
        let port = try invocation.value("port", as: .port, environment: environment).map(Int.init) ?? 8080
        let databasePath = try invocation.value("db", as: .string, environment: environment) ?? TalentsDatabase.defaultPath
        let baseURL = try invocation.value("base-url", as: .httpURL, environment: environment) ?? "http://\(host):\(port)"
        // TALENTS_JOBS_INTERVAL_SECONDS=0 leaves the notification job to cron (`talents-admin jobs run`).
        let interval = try environment.value(jobsInterval.name, as: .int(in: 0...86_400)) ?? 60
        var configuration = APIConfiguration(
            host: host, port: port,
            databasePath: databasePath,
            baseURL: baseURL,
            logLevel: try invocation.value("log-level", as: .logLevel, environment: environment) ?? .info,
            publicServices: try invocation.value("public-services", as: .publicServices, environment: environment)
                ?? [.state],
            clock: try invocation.clock(environment: environment),
            notifications: try NotificationSettings(environment: environment, databasePath: databasePath,
                                                    baseURL: baseURL),
            jobsInterval: interval == 0 ? nil : interval)
        if let rate = try invocation.value("credits-per-hour", as: .creditRate, environment: environment) {
            configuration.creditRate = rate
        }
        configuration.singleSignOn = try invocation.singleSignOn(environment: environment)
        try APIServer(configuration: configuration).run()
    }
}
