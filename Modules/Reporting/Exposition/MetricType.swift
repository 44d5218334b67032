/// The type of a metric family, written on its `# TYPE` line.
// https://prometheus.io/docs/instrumenting/exposition_formats/#comments-help-text-and-type-information
public enum MetricType: String, Sendable, Hashable {
    /// A cumulative count that only goes up (restarting from 0 is read as a reset); its name
    /// ends in `_total`.
    case counter
    /// A value that goes up and down: a current state.
    case gauge
    /// Observations counted in cumulative buckets, with their sum and count.
    case histogram
}
