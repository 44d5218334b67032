// talents-metrics: the Prometheus exporter. Written by the metrics issue (7).
