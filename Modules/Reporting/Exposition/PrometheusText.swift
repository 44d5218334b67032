/// The Prometheus text exposition format, version 0.0.4: what `GET /metrics` returns.
///
/// Output is stable: families sorted by name, series by labels, labels by name, so two
/// scrapes of the same data are byte for byte equal (and golden tests are possible).
// https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
public enum PrometheusText {
    /// The media type of the format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Renders `families`: `# HELP` and `# TYPE` for each (even without series), then its
    /// samples; every line ends with a line feed. Two families with one name is a programmer error.
    public static func render(_ families: [MetricFamily]) -> String {
        let sorted = families.sorted { $0.name < $1.name }
        for (previous, next) in zip(sorted, sorted.dropFirst()) {
            precondition(previous.name != next.name, "metric family '\(next.name)' given twice")
        }
        var output = ""
        for family in sorted {
            output += "# HELP \(family.name) \(escapeHelp(family.help))\n"
            output += "# TYPE \(family.name) \(family.type.rawValue)\n"
            for labels in family.values.keys.sorted() {
                output += sample(family.name, labels.labels, family.values[labels]!)
            }
            for labels in family.histograms.keys.sorted() {
                output += histogram(family.name, labels.labels, family.histograms[labels]!)
            }
        }
        return output
    }

    /// The lines of one histogram series: cumulative `_bucket`s by increasing `le`, `+Inf`
    /// (the count), `_sum` and `_count`.
    private static func histogram(_ name: String, _ labels: [MetricLabels.Label], _ histogram: Histogram) -> String {
        var lines = ""
        let bounds = histogram.upperBounds.map(format) + ["+Inf"]
        let counts = histogram.cumulativeCounts + [histogram.count]
        for (bound, count) in zip(bounds, counts) {
            lines += sample(name + "_bucket", labels + [.init(name: "le", value: bound)], Double(count))
        }
        lines += sample(name + "_sum", labels, histogram.sum)
        lines += sample(name + "_count", labels, Double(histogram.count))
        return lines
    }

    /// `name{label="value",…} value\n`, without braces when there is no label.
    private static func sample(_ name: String, _ labels: [MetricLabels.Label], _ value: Double) -> String {
        guard !labels.isEmpty else { return "\(name) \(format(value))\n" }
        let pairs = labels.map { "\($0.name)=\"\(escapeLabelValue($0.value))\"" }.joined(separator: ",")
        return "\(name){\(pairs)} \(format(value))\n"
    }
}
