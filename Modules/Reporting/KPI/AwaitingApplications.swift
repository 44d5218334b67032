/// The applications awaiting a first answer, and how many of them are past their due date, per
/// administration: brought to a new instant in time proportional to the applications that fell
/// due since the previous one, not to all those awaiting.
struct AwaitingApplications: Sendable {
    private struct Entry: Sendable {
        var dueAt: Int64
        var administrationID: Int64
    }

    /// Every awaiting application.
    private var entries: [Int64: Entry] = [:]
    /// Those not yet due at ``evaluatedAt``, by increasing due date then id.
    private var pending: [(dueAt: Int64, id: Int64)] = []
    /// Those due at ``evaluatedAt``, and their number per administration.
    private var overdueIDs: Set<Int64> = []
    private(set) var overdue: [Int64: Int] = [:]
    /// The instant (epoch milliseconds) the overdue counts hold for.
    private var evaluatedAt = Int64.min

    /// Adds an application that awaits its first answer.
    mutating func insert(id: Int64, dueAt: Int64, administrationID: Int64) {
        entries[id] = Entry(dueAt: dueAt, administrationID: administrationID)
        if dueAt < evaluatedAt {
            overdueIDs.insert(id)
            overdue[administrationID, default: 0] += 1
        } else {
            pending.insert((dueAt, id), at: pendingIndex(dueAt: dueAt, id: id))
        }
    }

    /// Removes an application that no longer awaits (answered or withdrawn); nothing if absent.
    mutating func remove(id: Int64) {
        guard let entry = entries.removeValue(forKey: id) else { return }
        if overdueIDs.remove(id) != nil {
            overdue[entry.administrationID, default: 0] -= 1
        } else {
            let index = pendingIndex(dueAt: entry.dueAt, id: id)
            precondition(
                index < pending.count && pending[index].id == id, "an awaiting application is pending or overdue")
            pending.remove(at: index)
        }
    }

    /// Brings the overdue counts to `now` (epoch milliseconds): strictly after the due date.
    mutating func evaluate(at now: Int64) {
        if now < evaluatedAt {
            // The clock went back (a clock file in tests, a corrected system clock): start over.
            let all = entries
            self = AwaitingApplications()
            evaluatedAt = now
            for (id, entry) in all { insert(id: id, dueAt: entry.dueAt, administrationID: entry.administrationID) }
            return
        }
        evaluatedAt = now
        let fallen = pending.prefix { $0.dueAt < now }
        for (_, id) in fallen {
            guard let entry = entries[id] else { preconditionFailure("a pending application has an entry") }
            overdueIDs.insert(id)
            overdue[entry.administrationID, default: 0] += 1
        }
        pending.removeFirst(fallen.count)
    }

    /// The first position in ``pending`` not before `(dueAt, id)` (binary search).
    private func pendingIndex(dueAt: Int64, id: Int64) -> Int {
        var low = 0
        var high = pending.count
        while low < high {
            let middle = (low + high) / 2
            if (pending[middle].dueAt, pending[middle].id) < (dueAt, id) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
