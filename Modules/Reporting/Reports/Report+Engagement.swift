import Domain
import Persistence

extension Report {
    /// The table of one of the engagement reports.
    func engagementTable(_ figures: EngagementFigures) -> ReportTable {
        switch self {
        case .agreements:
            var table = ReportTable(columns: ["status", "agreements"])
            for status in figures.agreements { table.append([.text(status.status.rawValue), .integer(status.count)]) }
            return table
        case .missionOrders:
            // One row per ministry: issued = in force + cancelled (a cancelled order keeps its number).
            var table = ReportTable(columns: ["ministry", "issued", "in_force", "cancelled"])
            let byMinistry = Dictionary(grouping: figures.missionOrders, by: \.ministry)
            for ministry in byMinistry.keys.sorted() {
                let counts = byMinistry[ministry] ?? []
                let cancelled = counts.filter(\.cancelled).map(\.count).reduce(0, +)
                let inForce = counts.filter { !$0.cancelled }.map(\.count).reduce(0, +)
                table.append([.text(ministry), .integer(inForce + cancelled), .integer(inForce), .integer(cancelled)])
            }
            return table
        case .validatedHours:
            var table = ReportTable(columns: ["employer_ministry", "beneficiary_ministry", "hours"])
            for sum in figures.validatedTime {
                table.append([
                    .text(sum.employerMinistry), .text(sum.beneficiaryMinistry), .decimal(Double(sum.minutes) / 60)
                ])
            }
            return table
        default:
            preconditionFailure("\(self) is not an engagement report")
        }
    }
}
