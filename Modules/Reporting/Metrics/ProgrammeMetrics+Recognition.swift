import Gamification
import Persistence

extension ProgrammeMetrics {
    /// Credit balances, distinctions and diplomas, from the recognition tables.
    static func recognition(_ figures: RecognitionFigures) -> [MetricFamily] {
        var balances = MetricFamily(
            "talents_credit_balance_units", type: .gauge,
            help: "Credit balance of each administration's account, in units of 1/60 credit (the sum of its movements)."
        )
        for balance in figures.balances {
            balances.record(Double(balance.balance.units), labels: ["administration": balance.administration])
        }
        var distinctions = MetricFamily("talents_distinctions", type: .gauge, help: "Distinctions awarded, by code.")
        for (code, count) in figures.distinctions {
            distinctions.record(count, labels: ["code": code.rawValue])
        }
        var diplomas = MetricFamily(
            "talents_diplomas", type: .gauge,
            help: "Virtual diplomas (Open Badges assertions) issued, by state: valid or revoked.")
        let counts = figures.diplomas
        diplomas.record(counts.valid, labels: ["state": "valid"])
        diplomas.record(counts.revoked, labels: ["state": "revoked"])
        var imbalance = MetricFamily(
            "talents_ledger_imbalance_credits", type: .gauge,
            help: "Sum of every account's balance, in credits: 0 in a sound double-entry ledger.")
        imbalance.record(figures.imbalance.credits)
        return [balances, distinctions, diplomas, imbalance]
    }
}
