// talents-matching-bench: generates the data set of issue 9 (300,000 talents, 50,000 published
// missions) into a database file once, then prints the latency of the recommendations and of
// the full-text search, measured in process through Workflows (docs/performance.md, "Matching").
import Domain
import Foundation
import Persistence
import Workflows

let environment = ProcessInfo.processInfo.environment
let path = environment["DB_PATH"] ?? "/tmp/talents-matching-bench/bench.sqlite"
let samples = Int(environment["SAMPLES"] ?? "") ?? 300
var data = BenchData()
data.talents = Int(environment["TALENTS"] ?? "") ?? data.talents
data.missions = Int(environment["MISSIONS"] ?? "") ?? data.missions

func log(_ line: String) {
    FileHandle.standardError.write(Data("[\(Date())] \(line)\n".utf8))
}

let database = try TalentsDatabase.open(path: path)
let counts = try database.read { connection in
    (try TalentStore(connection).counts(), try MissionStore(connection).countsByState()[.published] ?? 0)
}
if counts.0.all == 0 {
    log("generating \(data.talents) talents and \(data.missions) missions into \(path)")
    try data.generate(into: database, log: log)
    try database.writeWithoutTransaction { try $0.execute("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)") }
    log("generated")
} else {
    data.talents = counts.0.all
    data.missions = counts.1
    log("reusing \(path)")
}
let pool = try database.read { try TalentStore($0).counts().inPool }
let clock = FixedClock(Instant(millisecondsSinceEpoch: Int64(data.today.daysSinceEpoch) * 86_400_000 + 36_000_000))
var run = BenchRun(workflows: Workflows(database: database, clock: clock), samples: samples)
print("\(data.talents) talents (\(pool) in the pool), \(data.missions) published missions, \(samples) samples each")
print("| workload | samples | median ms | p90 ms | p99 ms | max ms | |")
print("|---|---:|---:|---:|---:|---:|---|")
print(try run.topTalents(missionCount: data.missions))
print(try run.topMissions(talentCount: data.talents))
for figures in try run.search(missionCount: data.missions) { print(figures) }
