import Domain

// The people of the engagement story: the accounts the tests' personas stand for, and who
// issues the orders and signs for the service of each talent.

extension DemoGenerator {
    /// The accounts the tests' personas stand for: `DemoFixture` takes the first account holding
    /// exactly each role, so the story gives these people something to see on every page.
    struct Cast {
        let operatorUser: StaffMember
        let referent: StaffMember
        let owner: StaffMember
        let lineManager: StaffMember
        /// The talent, by index in `talents`.
        let talent: Int
    }

    /// The first account of each role, in the order the accounts are created.
    func cast() -> Cast {
        func first(_ role: Role) -> StaffMember {
            guard
                let member = staff.filter({ $0.roles == [role] })
                    .min(by: { ($0.created, $0.sequence) < ($1.created, $1.sequence) })
            else { preconditionFailure("no demo \(role)") }
            return member
        }
        guard
            let talent = talents.indices.min(by: {
                (talents[$0].created, talents[$0].sequence) < (talents[$1].created, talents[$1].sequence)
            })
        else { preconditionFailure("no demo talent") }
        return Cast(
            operatorUser: first(.operator), referent: first(.referent), owner: first(.missionOwner),
            lineManager: first(.lineManager), talent: talent)
    }

    /// `id` and the administrations above it, nearest first.
    func lineage(_ id: AdministrationID) -> [AdministrationID] {
        var parents: [AdministrationID: AdministrationID] = [:]
        for record in ministries + units.map(\.record) {
            if let parent = record.parentID { parents[record.id] = parent }
        }
        var chain = [id]
        while let parent = parents[chain[chain.count - 1]] { chain.append(parent) }
        return chain
    }

    /// The referent who issues the mission orders of talent `index`: the one of their ministry.
    func referent(of index: Int) -> DemoSlot<User> {
        let chain = lineage(units[talents[index].unit].record.id)
        guard let member = staff.first(where: { $0.roles == [.referent] && chain.contains($0.administrationID) }) else {
            preconditionFailure("no demo referent above talent \(index)")
        }
        return member.slot
    }

    /// The line manager named in talent `index`'s profile.
    func lineManager(of index: Int) -> DemoSlot<User> {
        let email = talents[index].profile.lineManager.email
        guard let member = staff.first(where: { $0.email == email }) else {
            preconditionFailure("the line manager of demo talent \(index) has no account")
        }
        return member.slot
    }
}
