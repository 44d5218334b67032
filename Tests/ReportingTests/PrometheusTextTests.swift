import Reporting
import Testing

@Suite struct PrometheusTextTests {
    @Test func familiesAndSamplesAreSortedAndLabelValuesEscaped() {
        var errors = MetricFamily("app_errors_total", type: .counter, help: "Errors.")
        errors.record(3, labels: ["path": #"C:\temp"#, "kind": "io"])
        errors.record(1, labels: ["kind": "parse", "path": "line\nbreak"])
        errors.record(2, labels: ["kind": "io", "path": #"say "hi""#])
        var temperature = MetricFamily(
            "app_temperature_celsius", type: .gauge,
            help: #"Temperature; a \ backslash and a"# + "\nline feed.")
        temperature.record(-1.5)
        var ratios = MetricFamily("app_ratio", type: .gauge, help: "Special values.")
        ratios.record(.infinity, labels: ["case": "inf"])
        ratios.record(-.infinity, labels: ["case": "minus-inf"])
        ratios.record(.nan, labels: ["case": "nan"])
        ratios.record(0.1, labels: ["case": "tenth"])
        ratios.record(1e-7, labels: ["case": "tiny"])
        ratios.record(12_345_678_901, labels: ["case": "big"])
        ratios.record(-0.0, labels: ["case": "zero"])
        let empty = MetricFamily("app_empty", type: .gauge, help: "No series yet.")

        #expect(
            PrometheusText.render([temperature, errors, ratios, empty]) == #"""
                # HELP app_empty No series yet.
                # TYPE app_empty gauge
                # HELP app_errors_total Errors.
                # TYPE app_errors_total counter
                app_errors_total{kind="io",path="C:\\temp"} 3
                app_errors_total{kind="io",path="say \"hi\""} 2
                app_errors_total{kind="parse",path="line\nbreak"} 1
                # HELP app_ratio Special values.
                # TYPE app_ratio gauge
                app_ratio{case="big"} 12345678901
                app_ratio{case="inf"} +Inf
                app_ratio{case="minus-inf"} -Inf
                app_ratio{case="nan"} NaN
                app_ratio{case="tenth"} 0.1
                app_ratio{case="tiny"} 1e-07
                app_ratio{case="zero"} 0
                # HELP app_temperature_celsius Temperature; a \\ backslash and a\nline feed.
                # TYPE app_temperature_celsius gauge
                app_temperature_celsius -1.5

                """#)
    }

    @Test func histogramsHaveCumulativeBucketsInfSumAndCount() {
        var latency = MetricFamily("app_latency_seconds", type: .histogram, help: "Latency.")
        var fast = Histogram(upperBounds: [0.005, 0.1, 1])
        for value in [0.001, 0.005, 0.05, 0.5, 7] { fast.observe(value) }
        latency.record(fast, labels: ["route": "/b"])
        latency.record(Histogram(upperBounds: [0.005, 0.1, 1]), labels: ["route": "/a"])
        var sizes = MetricFamily("app_size_bytes", type: .histogram, help: "Sizes.")
        sizes.record(Histogram(upperBounds: [1024], cumulativeCounts: [2], count: 3, sum: 5000))

        #expect(
            PrometheusText.render([sizes, latency]) == """
                # HELP app_latency_seconds Latency.
                # TYPE app_latency_seconds histogram
                app_latency_seconds_bucket{route="/a",le="0.005"} 0
                app_latency_seconds_bucket{route="/a",le="0.1"} 0
                app_latency_seconds_bucket{route="/a",le="1"} 0
                app_latency_seconds_bucket{route="/a",le="+Inf"} 0
                app_latency_seconds_sum{route="/a"} 0
                app_latency_seconds_count{route="/a"} 0
                app_latency_seconds_bucket{route="/b",le="0.005"} 2
                app_latency_seconds_bucket{route="/b",le="0.1"} 3
                app_latency_seconds_bucket{route="/b",le="1"} 4
                app_latency_seconds_bucket{route="/b",le="+Inf"} 5
                app_latency_seconds_sum{route="/b"} 7.556
                app_latency_seconds_count{route="/b"} 5
                # HELP app_size_bytes Sizes.
                # TYPE app_size_bytes histogram
                app_size_bytes_bucket{le="1024"} 2
                app_size_bytes_bucket{le="+Inf"} 3
                app_size_bytes_sum 5000
                app_size_bytes_count 3

                """)
    }

    @Test func labelSetsOrderByNameThenValueThenLength() {
        let sorted: [MetricLabels] = [["b": "1"], ["a": "2"], ["a": "1", "c": "0"], ["a": "1"], [:]].sorted()
        #expect(sorted == [[:], ["a": "1"], ["a": "1", "c": "0"], ["a": "2"], ["b": "1"]])
        #expect(MetricLabels([("z", "1"), ("a", "2")]).labels.map(\.name) == ["a", "z"])
    }

    @Test(arguments: [
        ("talents_missions", true), ("a:b_c9", true), ("_x", true), ("9lives", false),
        ("with-dash", false), ("", false), ("é", false)
    ])
    func metricNames(_ name: String, _ valid: Bool) {
        #expect(PrometheusText.isValidMetricName(name) == valid)
    }

    @Test(arguments: [("status", true), ("le", true), ("__name__", false), ("a:b", false), ("1st", false)])
    func labelNames(_ name: String, _ valid: Bool) {
        #expect(PrometheusText.isValidLabelName(name) == valid)
    }

    @Test func theContentTypeIsTheVersion004TextFormat() {
        #expect(PrometheusText.contentType == "text/plain; version=0.0.4; charset=utf-8")
    }
}
