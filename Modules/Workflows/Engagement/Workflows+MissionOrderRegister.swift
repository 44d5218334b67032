public import Domain
import Persistence

extension Workflows {
    /// The register of the mission orders issued by the referent's administration or by one under
    /// it (the operator: every one, or those of `filter.administrationID` and below), matching
    /// `filter`, the latest issued first. The page shows a slice of it, the download all of it.
    /// - Throws: ``AccessError`` (neither a referent nor the operator), ``NotFoundError`` (an
    ///   unknown administration asked by the operator).
    public func missionOrderRegister(
        _ filter: MissionOrderRegisterFilter,
        by caller: Caller
    ) throws -> [MissionOrderRegisterLine] {
        try caller.require(.referent, .operator, to: "read the register of mission orders")
        return try database.read { connection in
            let administrations = AdministrationStore(connection)
            let all = try administrations.all()
            var root: AdministrationID?
            if let user = caller.user, !user.has(.operator) {
                guard let own = user.administrationID else { return [] }
                root = own
            } else if let asked = filter.administrationID {
                guard all.contains(where: { $0.id == asked }) else {
                    throw NotFoundError("administration", id: asked, field: "administration")
                }
                root = asked
            }
            let issuers = root.map { Self.subtree(of: $0, in: all) }
            let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
            let agreements = AgreementStore(connection)
            let users = UserStore(connection)
            let missions = MissionStore(connection)
            let text = filter.text?.trimmingWhitespace().lowercased() ?? ""
            var lines: [MissionOrderRegisterLine] = []
            for order in try MissionOrderStore(connection).all() {
                guard issuers?.contains(order.administrationID) ?? true else { continue }
                if let state = filter.state, (state == .inForce) != order.isInForce { continue }
                if let from = filter.from, order.dates.end < from { continue }
                if let until = filter.until, order.dates.start > until { continue }
                guard let agreement = try agreements.find(order.agreementID),
                    let issuer = byID[order.administrationID],
                    let beneficiary = byID[agreement.parties.beneficiaryID]
                else {
                    preconditionFailure("mission order \(order.id) without its agreement or administrations")
                }
                let agent = try users.find(agreement.parties.talentUserID)?.displayName ?? ""
                let title = try missions.find(agreement.missionID)?.details.title ?? ""
                if !text.isEmpty {
                    let searched = [order.reference.description, agent, title, beneficiary.name, beneficiary.acronym]
                    guard searched.contains(where: { $0.lowercased().contains(text) }) else { continue }
                }
                lines.append(
                    MissionOrderRegisterLine(
                        order: order, agent: agent, missionTitle: title, issuer: issuer,
                        beneficiary: beneficiary, hoursBudget: agreement.terms.hoursBudget,
                        issuedBy: try order.issuedBy.flatMap { try users.find($0)?.displayName }))
            }
            return lines.sorted {
                ($0.order.issuedAt, $0.order.id.rawValue) > ($1.order.issuedAt, $1.order.id.rawValue)
            }
        }
    }

    /// `root` and every administration under it, among `all`.
    static func subtree(of root: AdministrationID, in all: [Administration]) -> Set<AdministrationID> {
        let children = Dictionary(grouping: all, by: \.parentID)
        var found: Set<AdministrationID> = [root]
        var pending = [root]
        while let next = pending.popLast() {
            for child in children[next] ?? [] where found.insert(child.id).inserted {
                pending.append(child.id)
            }
        }
        return found
    }
}
