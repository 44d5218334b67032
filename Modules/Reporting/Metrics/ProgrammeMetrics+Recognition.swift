import Gamification
import Persistence

extension ProgrammeMetrics {
    /// Credit balances, distinctions and diplomas, from the recognition tables.
    static func recognition(_ kpis: ProgrammeKPIs) throws -> [MetricFamily] {
        var balances = MetricFamily(
            "talents_credit_balance_units", type: .gauge,
            help: "Credit balance of each administration's account, in units of 1/60 credit (the sum of its movements).")
        for balance in try kpis.creditBalances() {
            balances.record(Double(balance.balance.units), labels: ["administration": balance.administration])
        }
        var distinctions = MetricFamily("talents_distinctions", type: .gauge, help: "Distinctions awarded, by code.")
        for (code, count) in try kpis.distinctions() {
            distinctions.record(count, labels: ["code": code.rawValue])
        }
        var diplomas = MetricFamily("talents_diplomas", type: .gauge,
                                    help: "Virtual diplomas (Open Badges assertions) issued, by state: valid or revoked.")
        let counts = try kpis.diplomas()
        diplomas.record(counts.valid, labels: ["state": "valid"])
        diplomas.record(counts.revoked, labels: ["state": "revoked"])
        return [balances, distinctions, diplomas]
    }
}
