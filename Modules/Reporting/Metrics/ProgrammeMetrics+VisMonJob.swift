import Persistence

extension ProgrammeMetrics {
    /// *Vis mon job* registrations (students, ambassadors) and published pairs, per edition.
    static func visMonJob(_ counts: [ReportingQueries.VisMonJobCount]) -> [MetricFamily] {
        var registrations = MetricFamily(
            "talents_vmj_registrations", type: .gauge,
            help: "Vis mon job registrations per edition, by side (student, ambassador) and status.")
        var pairs = MetricFamily(
            "talents_vmj_pairs", type: .gauge,
            help: "Vis mon job pairs published per edition, by status (paired, done).")
        for count in counts {
            let edition = String(count.edition)
            if count.subject == "pair" {
                pairs.record(
                    count.count, labels: ["edition": edition, "event_day": count.eventDay, "status": count.status])
            } else {
                registrations.record(
                    count.count,
                    labels: [
                        "edition": edition, "event_day": count.eventDay,
                        "side": count.subject, "status": count.status
                    ])
            }
        }
        return [registrations, pairs]
    }
}
