/// The slot bookkeeping both matching indexes share: each indexed record (a pool talent, an
/// open mission) has a slot, posted under each of its skills at its level; a changed record
/// gets a new slot and the old one is marked dead, skipped until the index is rebuilt.
struct SkillPostings {
    /// Whether each slot still stands for its record.
    private(set) var alive: [Bool] = []
    /// Slots by skill code, then by level (index 1 to 4).
    private(set) var lists: [String: [[Int32]]] = [:]
    /// Dead slots, for deciding when to rebuild.
    private(set) var deadCount = 0
    private var slots: [Int64: Int32] = [:]

    /// Kills the slot of record `id` (a no-op when absent).
    mutating func remove(_ id: Int64) {
        guard let slot = slots.removeValue(forKey: id) else { return }
        alive[Int(slot)] = false
        deadCount += 1
    }

    /// Gives record `id` a new slot, posted under `skills` (levels outside 1...4 are ignored),
    /// after killing its previous one; the slot is the next index of the caller's parallel arrays.
    mutating func insert(_ id: Int64, skills: some Sequence<(code: String, level: Int)>) -> Int32 {
        remove(id)
        let slot = Int32(alive.count)
        alive.append(true)
        slots[id] = slot
        for skill in skills where (1...4).contains(skill.level) {
            lists[skill.code, default: Array(repeating: [], count: 5)][skill.level].append(slot)
        }
        return slot
    }
}
