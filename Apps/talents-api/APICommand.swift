import Domain
import HTTP
import Runtime
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
            .value(
                "host", placeholder: "address", help: "Listen address (default 127.0.0.1).",
                environment: "TALENTS_HOST"),
            .value("port", placeholder: "port", help: "Listen port (default 8080).", environment: "TALENTS_PORT"),
            .value(
                "log-level", placeholder: "level", help: "debug, info, warning or error (default info).",
                environment: "TALENTS_LOG_LEVEL"),
            .ssoProxyAddresses,
            .ssoHeader,
            .legalDirectory,
            .accessibilityStatus,
            .dpoContact,
            .programmeContact,
            .flag(
                "print-configuration",
                help: "Print the configuration read from the flags and the environment (JSON), then exit.")
        ] + RuntimeConfiguration.options,
        environment: [jobsInterval] + NotificationSettings.environmentVariables
    ) { invocation, context in
        let environment = context.environment
        let host = try invocation.value("host", as: .string, environment: environment) ?? "127.0.0.1"
        let port = try invocation.value("port", as: .port, environment: environment).map(Int.init) ?? 8080
        let runtime = try RuntimeConfiguration(
            invocation, environment: environment,
            defaultBaseURL: "http://\(host):\(port)")
        // Read before printing, so that a wrong legal setting is refused by --print-configuration too.
        let legal = try invocation.legal(environment: environment, retention: runtime.retention)
        if invocation.flag("print-configuration") { return try runtime.print(to: context) }
        // TALENTS_JOBS_INTERVAL_SECONDS=0 leaves the notification job to cron (`talents-admin jobs run`).
        let interval = try environment.value(jobsInterval.name, as: .int(in: 0...86_400)) ?? 60
        let configuration = APIConfiguration(
            host: host, port: port, runtime: runtime,
            logLevel: try invocation.value("log-level", as: .logLevel, environment: environment) ?? .info,
            jobsInterval: interval == 0 ? nil : interval,
            singleSignOn: try invocation.singleSignOn(environment: environment),
            legal: legal)
        try APIServer(configuration: configuration).run()
    }
}
