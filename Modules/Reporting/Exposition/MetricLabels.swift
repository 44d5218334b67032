/// The label pairs that identify one series of a family, kept sorted by name so a series
/// renders the same way every time.
///
/// ```swift
/// let labels: MetricLabels = ["state": "published", "ministry": "MININT"]
/// ```
///
/// Label names are a programmer's choice and are checked (`[a-zA-Z_][a-zA-Z0-9_]*`, not
/// starting with `__`, which Prometheus reserves); values are any text and are escaped on output.
public struct MetricLabels: Sendable, Hashable, Comparable, ExpressibleByDictionaryLiteral {
    /// One label.
    public struct Label: Sendable, Hashable {
        /// The name.
        public let name: String
        /// The value.
        public let value: String
    }

    /// The labels, sorted by name.
    public let labels: [Label]

    /// Labels from name–value pairs; a duplicate or invalid name is a programmer error.
    public init(_ pairs: [(String, String)]) {
        let labels = pairs.map { Label(name: $0.0, value: $0.1) }.sorted { $0.name < $1.name }
        for label in labels {
            precondition(PrometheusText.isValidLabelName(label.name), "invalid Prometheus label name '\(label.name)'")
        }
        for (previous, next) in zip(labels, labels.dropFirst()) {
            precondition(previous.name != next.name, "label '\(next.name)' given twice")
        }
        self.labels = labels
    }

    /// Labels from a dictionary literal.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// No label.
    public static let none = MetricLabels([])

    /// Whether a label is named `name`.
    public func contains(_ name: String) -> Bool {
        labels.contains { $0.name == name }
    }

    /// Orders label sets by their sorted pairs, name then value, so samples render in a stable order.
    public static func < (lhs: MetricLabels, rhs: MetricLabels) -> Bool {
        for (left, right) in zip(lhs.labels, rhs.labels) where left != right {
            return left.name != right.name ? left.name < right.name : left.value < right.value
        }
        return lhs.labels.count < rhs.labels.count
    }
}
