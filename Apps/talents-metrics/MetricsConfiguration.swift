import Support

/// What `talents-metrics` needs to start, read from flags and the environment.
struct MetricsConfiguration: Sendable {
    var host: String
    var port: Int
    var databasePath: String
    var logLevel: Logger.Level
}
