import Persistence
import Runtime
import Support

/// The `talents-metrics` command line: options that mirror the environment variables.
enum MetricsCommand {
    /// The exporter's default port, in the 9xxx range Prometheus exporters use.
    static let defaultPort = 9464

    static let root = Command(
        "talents-metrics", abstract: "Expose the programme's figures to Prometheus (GET /metrics).",
        options: [
            .value(
                "host", placeholder: "address", help: "Listen address (default 127.0.0.1).",
                environment: "TALENTS_METRICS_HOST"),
            .value(
                "port", placeholder: "port", help: "Listen port (default \(defaultPort)).",
                environment: "TALENTS_METRICS_PORT"),
            .database,
            .value(
                "log-level", placeholder: "level", help: "debug, info, warning or error (default info).",
                environment: "TALENTS_LOG_LEVEL")
        ]
    ) { invocation, context in
        let environment = context.environment
        let configuration = MetricsConfiguration(
            host: try invocation.value("host", as: .string, environment: environment) ?? "127.0.0.1",
            port: try invocation.value("port", as: .port, environment: environment).map(Int.init) ?? defaultPort,
            databasePath: try invocation.value("db", as: .string, environment: environment)
                ?? TalentsDatabase.defaultPath,
            logLevel: try invocation.value("log-level", as: .logLevel, environment: environment) ?? .info)
        try MetricsServer(configuration: configuration).run()
    }
}
