// Times StableMatching.pair on a random instance (not a test: timings are the machine's).
// Built with the Domain sources into one optimised executable by scripts/bench-vmj-pairing.sh.
import Foundation

/// SplitMix64, so every run draws the same instance.
struct Seeded {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func pick<T: Equatable>(_ count: Int, _ array: [T]) -> [T] {
        var picked: [T] = []
        while picked.count < min(count, array.count) {
            let element = array[int(0...(array.count - 1))]
            if !picked.contains(element) { picked.append(element) }
        }
        return picked
    }
}

let arguments = CommandLine.arguments
let studentCount = arguments.count > 1 ? Int(arguments[1]) ?? 20_000 : 20_000
let ambassadorCount = arguments.count > 2 ? Int(arguments[2]) ?? 3_000 : 3_000
var random = Seeded(state: 2026)
// Twenty départements, the larger ones more likely (the first ones drawn twice as often).
let places = try [
    "75", "69", "13", "33", "31", "59", "67", "44", "35", "34", "06", "92", "93", "94", "38", "76", "57",
    "2A", "971", "974"
].map { try Departement($0) }
let families = JobFamily.allCases
let ambassadors = (0..<ambassadorCount).map { index in
    PairingAmbassador(
        id: AmbassadorID(Int64(index + 1)), jobFamily: random.pick(1, families)[0],
        departement: places[min(random.int(0...19), random.int(0...19))],
        administrationID: AdministrationID(Int64(random.int(1...60))), capacity: random.int(1...3))
}
let students = (0..<studentCount).map { index in
    PairingStudent(
        id: StudentID(Int64(index + 1)), wishes: random.pick(random.int(1...3), families),
        departements: random.pick(random.int(1...3), places),
        administrations: (0..<random.int(0...2)).map { _ in AdministrationID(Int64(random.int(1...60))) }
            .reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
}
/// The thread's CPU time in milliseconds: on a shared, loaded machine the wall clock also
/// counts the time other processes ran.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
}

var timings: [Double] = []
var cpuTimings: [Double] = []
var result = PairingResult(matches: [], unmatched: [:])
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuMilliseconds()
    result = StableMatching.pair(students: students, ambassadors: ambassadors)
    timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    cpuTimings.append(cpuMilliseconds() - cpuStart)
}
let placeCount = ambassadors.reduce(0) { $0 + $1.capacity }
print(
    "students \(studentCount), ambassadors \(ambassadorCount) (\(placeCount) places): "
        + "\(result.matches.count) paired, \(result.unmatched.count) unmatched")
for (name, values) in [("wall", timings), ("CPU", cpuTimings)] {
    print(
        "\(name) (ms): " + values.map { String(format: "%.0f", $0) }.joined(separator: " ")
            + String(format: " — median %.0f ms", values.sorted()[values.count / 2]))
}
