import Foundation
import Synchronization
import TestSupport
import Testing

@testable import AppTestSupport

/// A request that changes state waits for the database's writer off the server's event loops
/// (issue 21), so reads keep being answered meanwhile; on the real binary, with the write lock
/// held by another process (the `sqlite3` program).
@Suite struct WriteOffloadingTests {
    private let directory: TemporaryDirectory
    private let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    private func admin(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": database])
    }

    private func token(_ email: String, role: String) throws -> String {
        #expect(try admin("users", "add", "--name", "Camille Martin", "--email", email, "--role", role).status == 0)
        let issued = try admin("tokens", "issue", "--email", email)
        #expect(issued.status == 0, "\(issued.errorOutput)")
        return issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func readsAreAnsweredWhileAWriteWaitsForTheWriter() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        let operatorToken = try token("ops@numerique.gouv.fr", role: "operator")
        _ = try token("camille.martin@numerique.gouv.fr", role: "talent")
        let server = try APIServerProcess(database: database)
        defer { server.stop() }
        // The token's first use records the day's activity (a write): done before the lock.
        #expect(try server.send("GET", "/v1/me", token: operatorToken).status == 200)

        // Another process takes the write lock and holds it.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", database]
        let input = Pipe()
        let output = Pipe()
        sqlite.standardInput = input
        sqlite.standardOutput = output
        try sqlite.run()
        defer { if sqlite.isRunning { sqlite.terminate() } }
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            seen.append(chunk)
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("locked"))

        // A write that must wait for the lock (the busy timeout is 5 s).
        let answered = Mutex<Int?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let url = server.baseURL + "/v1/users/2/deactivation"
        Thread {
            let status = (try? HTTPClient.send("POST", url, headers: ["Authorization": "Bearer \(operatorToken)"]))?
                .status
            answered.withLock { $0 = status ?? -1 }
            finished.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.3)

        // Reads on new connections, spread over every event loop, are answered meanwhile.
        for _ in 0..<20 {
            #expect(try server.send("GET", "/v1/me", token: operatorToken).status == 200)
        }
        #expect(answered.withLock { $0 } == nil, "the write still waits for the lock")

        input.fileHandleForWriting.write(Data("COMMIT;\n".utf8))
        try input.fileHandleForWriting.close()
        finished.wait()
        sqlite.waitUntilExit()
        #expect(answered.withLock { $0 } == 200)
        let deactivated = try Subprocess.sqlite3(database, "SELECT deactivated_at IS NOT NULL FROM users WHERE id = 2")
        #expect(deactivated.output == "1\n")
    }
}
