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
                sample(family.name, labels: pairs(labels.labels), family.values[labels]!, into: &output)
            }
            guard let bounds = family.histograms.values.first?.upperBounds else { continue }
            // Every series of a family shares its bounds: formatted once.
            let les = bounds.map { "le=\"\(format($0))\"" } + [#"le="+Inf""#]
            for labels in family.histograms.keys.sorted() {
                histogram(family.name, pairs(labels.labels), les: les, family.histograms[labels]!, into: &output)
            }
        }
        return output
    }

    /// The lines of one histogram series: cumulative `_bucket`s by increasing `le`, `+Inf`
    /// (the count), `_sum` and `_count`. `les` are the rendered `le` labels, `+Inf` last.
    private static func histogram(
        _ name: String, _ pairs: String, les: [String], _ histogram: Histogram,
        into output: inout String
    ) {
        let counts = histogram.cumulativeCounts + [histogram.count]
        // `le` goes after the series' own labels.
        let prefix = pairs.isEmpty ? "" : pairs + ","
        for (le, count) in zip(les, counts) {
            output += "\(name)_bucket{\(prefix)\(le)} \(count)\n"
        }
        sample(name + "_sum", labels: pairs, histogram.sum, into: &output)
        sample(name + "_count", labels: pairs, Double(histogram.count), into: &output)
    }

    /// `label="value",…` for sorted labels, values escaped.
    private static func pairs(_ labels: [MetricLabels.Label]) -> String {
        labels.map { "\($0.name)=\"\(escapeLabelValue($0.value))\"" }.joined(separator: ",")
    }

    /// `name{pairs} value\n`, without braces when there is no label.
    private static func sample(_ name: String, labels pairs: String, _ value: Double, into output: inout String) {
        if pairs.isEmpty {
            output += "\(name) \(format(value))\n"
        } else {
            output += "\(name){\(pairs)} \(format(value))\n"
        }
    }
}
