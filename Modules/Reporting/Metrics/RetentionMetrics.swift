import Domain
public import Persistence

/// The retention job's figures (issue 19): what it removed since the beginning, by category, and
/// when it last ran — read from `retention_totals` and `retention_runs` at each scrape (a few rows).
public enum RetentionMetrics {
    /// The families read through `connection`.
    public static func families(_ connection: Connection) throws -> [MetricFamily] {
        let store = RetentionStore(connection)
        var purged = MetricFamily(
            "talents_retention_purged_total", type: .counter,
            help: "Rows and files the daily retention job removed, tokens it emptied, inactivity warnings it sent "
                + "and accounts it anonymised, by category.")
        for (category, count) in try store.totals() {
            purged.record(count, labels: ["category": category])
        }
        var lastRun = MetricFamily(
            "talents_retention_last_run_timestamp_seconds", type: .gauge,
            help: "When the retention job last ran (Unix time; absent before its first run).")
        if let run = try store.lastRun() {
            lastRun.record(Double(run.at.millisecondsSinceEpoch) / 1000)
        }
        return [purged, lastRun]
    }
}
