import Persistence
import Testing

@testable import talents_bench

@Suite("talents-bench configuration")
struct BenchConfigurationTests {
    @Test("reads PORT, DB_PATH and the experiment knobs from the environment")
    func environment() {
        let configuration = BenchConfiguration(environment: [
            "PORT": "8091", "DB_PATH": "/tmp/m.db", "EVENT_LOOPS": "1", "SYNCHRONOUS": "full", "CHECKPOINT": "commit"
        ])
        #expect(configuration.port == 8091)
        #expect(configuration.databasePath == "/tmp/m.db")
        #expect(configuration.eventLoops == 1)
        #expect(configuration.writer.synchronous == .full)
        #expect(configuration.writer.checkpointing == .onCommit)
    }

    @Test("keeps the defaults for missing or invalid values")
    func defaults() {
        let configuration = BenchConfiguration(environment: ["PORT": "99999", "DB_PATH": "", "EVENT_LOOPS": "0"])
        #expect(configuration == BenchConfiguration())
        #expect(configuration.port == 8090)
        #expect(configuration.writer.checkpointing == .background(pages: 1000))
    }
}
