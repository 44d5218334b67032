import Domain
import Persistence

extension ProgrammeMetrics {
    /// Agreements by status, mission orders, validated time.
    static func engagement(_ figures: EngagementFigures) -> [MetricFamily] {
        var agreements = MetricFamily(
            "talents_agreements", type: .gauge,
            help:
                "Agreements by current status (refusals by the line manager under refused; their reason is free text).")
        for status in figures.agreements {
            agreements.record(status.count, labels: ["status": status.status.rawValue])
        }
        var orders = MetricFamily(
            "talents_mission_orders", type: .gauge,
            help: "Mission orders issued, by issuing ministry, in force or cancelled.")
        for count in figures.missionOrders {
            orders.record(
                count.count,
                labels: [
                    "ministry": count.ministry,
                    "status": count.cancelled ? "cancelled" : "in-force"
                ])
        }
        // Seconds, Prometheus's base unit for time: dashboards divide by 3600 to show hours.
        var time = MetricFamily(
            "talents_validated_work_seconds", type: .gauge,
            help: "Time reported by talents and validated by mission owners, by employing and beneficiary ministry.")
        for sum in figures.validatedTime {
            time.record(
                sum.minutes * 60,
                labels: [
                    "employer_ministry": sum.employerMinistry,
                    "beneficiary_ministry": sum.beneficiaryMinistry
                ])
        }
        return [agreements, orders, time]
    }
}
