/// One metric family: a name, its help text and type, and its series, each identified by
/// its labels.
///
/// ```swift
/// var missions = MetricFamily("talents_missions", type: .gauge, help: "Missions by state.")
/// missions.record(12, labels: ["state": "published"])
/// ```
///
/// Names, types and label sets are the programmer's: an invalid name, a counter not named
/// `_total`, a series recorded twice or a value of the wrong kind traps.
public struct MetricFamily: Sendable, Hashable {
    /// The name, e.g. `talents_audit_events_total`.
    public let name: String
    /// The type.
    public let type: MetricType
    /// One line saying what the family measures.
    public let help: String
    /// The values of a counter or gauge, by series.
    public private(set) var values: [MetricLabels: Double] = [:]
    /// The histograms of a histogram family, by series.
    public private(set) var histograms: [MetricLabels: Histogram] = [:]

    /// An empty family.
    public init(_ name: String, type: MetricType, help: String) {
        precondition(PrometheusText.isValidMetricName(name), "invalid Prometheus metric name '\(name)'")
        // Naming conventions that promtool's linter checks: https://prometheus.io/docs/practices/naming/
        precondition((type == .counter) == name.hasSuffix("_total"), "only counters end in _total: '\(name)'")
        precondition(
            type == .histogram || !["_bucket", "_sum", "_count"].contains { name.hasSuffix($0) },
            "'\(name)' ends with a suffix reserved for histograms")
        self.name = name
        self.type = type
        self.help = help
    }

    /// Records the value of the series with `labels` in a counter or gauge.
    public mutating func record(_ value: Double, labels: MetricLabels = .none) {
        precondition(type != .histogram, "record a Histogram in histogram family '\(name)'")
        precondition(type != .counter || value >= 0, "counter '\(name)' cannot be negative: \(value)")
        precondition(values.updateValue(value, forKey: labels) == nil, "series \(labels) of '\(name)' recorded twice")
    }

    /// Records a count in a counter or gauge.
    public mutating func record(_ value: Int, labels: MetricLabels = .none) {
        record(Double(value), labels: labels)
    }

    /// Records the series with `labels` of a histogram family; every series shares its bounds.
    public mutating func record(_ histogram: Histogram, labels: MetricLabels = .none) {
        precondition(type == .histogram, "'\(name)' is a \(type.rawValue), not a histogram")
        precondition(!labels.contains("le"), "'le' is the bucket label of histogram '\(name)'")
        precondition(
            histograms.values.first.map { $0.upperBounds == histogram.upperBounds } ?? true,
            "every series of '\(name)' must share its bucket bounds")
        precondition(
            histograms.updateValue(histogram, forKey: labels) == nil,
            "series \(labels) of '\(name)' recorded twice")
    }
}
