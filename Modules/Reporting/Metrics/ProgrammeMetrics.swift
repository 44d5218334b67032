import Domain
import Persistence

/// The programme's figures as Prometheus metric families: gauges for current states, a
/// histogram of answer times, counters from the audit trail. `docs/metrics.md` lists them.
public enum ProgrammeMetrics {
    /// The families for `figures` and the audit totals of `events`.
    public static func families(_ figures: ProgrammeFigures, events: EventTally) -> [MetricFamily] {
        [missions(figures), applications(figures), overdue(figures)] + answerTimes(figures) + pool(figures.pool)
            + engagement(figures.engagement) + recognition(figures.recognition) + visMonJob(figures.visMonJob)
            + [auditEvents(events)]
    }

    static func missions(_ figures: ProgrammeFigures) -> MetricFamily {
        var family = MetricFamily(
            "talents_missions", type: .gauge,
            help: "Missions by current state, nature and ministry proposing them.")
        for count in figures.missions {
            family.record(
                count.count,
                labels: [
                    "state": count.state.rawValue, "nature": count.nature.rawValue,
                    "ministry": count.ministry
                ])
        }
        return family
    }

    static func applications(_ figures: ProgrammeFigures) -> MetricFamily {
        var family = MetricFamily("talents_applications", type: .gauge, help: "Applications by current status.")
        for (status, count) in figures.applications {
            family.record(count, labels: ["status": status.rawValue])
        }
        return family
    }

    static func overdue(_ figures: ProgrammeFigures) -> MetricFamily {
        var family = MetricFamily(
            "talents_applications_overdue", type: .gauge,
            help: "Applications still unanswered after their 14-day due date, by administration proposing the mission.")
        for (administration, count) in figures.overdue {
            family.record(count, labels: ["administration": administration])
        }
        return family
    }

    static func answerTimes(_ figures: ProgrammeFigures) -> [MetricFamily] {
        var histogram = MetricFamily(
            "talents_application_answer_time_seconds", type: .histogram,
            help: "Time from an application's submission to the mission owner's first answer, by administration.")
        var share = MetricFamily(
            "talents_applications_answered_in_time_ratio", type: .gauge,
            help: "Share of the applications due by now that were answered within 14 days, by administration.")
        for times in figures.answerTimes {
            let labels: MetricLabels = ["administration": times.administration]
            histogram.record(times.histogram, labels: labels)
            if let ratio = times.inTimeShare { share.record(ratio, labels: labels) }
        }
        return [histogram, share]
    }

    static func pool(_ pool: PoolSize) -> [MetricFamily] {
        var profiles = MetricFamily("talents_talent_profiles", type: .gauge, help: "Talent profiles registered.")
        profiles.record(pool.profiles)
        var members = MetricFamily("talents_pool_members", type: .gauge, help: "Talents who joined the pool.")
        members.record(pool.members)
        var byFamily = MetricFamily(
            "talents_pool_members_by_family", type: .gauge,
            help: "Pool members by skill family, each counted once at their best level (1 to 4) in the family.")
        for count in pool.byFamilyAndLevel {
            byFamily.record(
                count.count, labels: ["family": count.family.rawValue, "level": String(count.level.rawValue)])
        }
        return [profiles, members, byFamily]
    }

    static func auditEvents(_ events: EventTally) -> MetricFamily {
        var family = MetricFamily(
            "talents_audit_events_total", type: .counter,
            help: "Audit events recorded, by action and, for declines and withdrawals, reason code.")
        for (key, count) in events.counts {
            var labels = [("action", key.action)]
            if let reason = key.reason { labels.append(("reason", reason)) }
            family.record(count, labels: MetricLabels(labels))
        }
        return family
    }
}
