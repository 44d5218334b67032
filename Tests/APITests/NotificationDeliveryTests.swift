import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The notification job of the real binaries against a real SMTP server on loopback (aiosmtpd),
/// time moved by the clock file: reminders exactly once, escalation, faults.
@Suite struct NotificationDeliveryTests {
    @Test(
        "an unanswered application gets D+7, D+12 and D+14 once each, the operator the escalation; answering stops the reminders"
    )
    func reminders() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        let sink = try SMTPSink(directory: fixture.directory)
        defer { sink.stop() }
        try fixture.apply(talent: 1)
        try fixture.apply(talent: 2)
        let owner = "<\(NotificationFixture.owner)>"
        let operatorAddress = "<\(NotificationFixture.operatorEmail)>"
        // Days and seconds after the applications, and the messages new by then: application, recipient, what it says.
        // Application 2 is answered at D+8, before the D+12 step.
        let steps: [(days: Int, seconds: Int, expected: [String])] = [
            (6, 0, []),
            (7, 0, ["1 \(owner) depuis 7 jours", "2 \(owner) depuis 7 jours"]),
            (12, 0, ["1 \(owner) depuis 12 jours"]),
            (14, 3600, ["1 \(owner) est dépassé", "1 \(operatorAddress) relancé"]),
            (20, 0, [])
        ]
        var seen: [String] = []
        for step in steps {
            if step.days == 12 { try fixture.answer(2, days: 8) }
            try fixture.setClock(days: step.days, seconds: step.seconds)
            try fixture.runJobs(smtpPort: sink.port)
            try fixture.runJobs(smtpPort: sink.port)
            let messages = sink.messages()
            // Exactly once each: as many messages as sent rows, every Message-ID distinct.
            #expect(Set(messages.map(\.messageID)).count == messages.count)
            #expect(messages.count == seen.count + step.expected.count, "at D+\(step.days): \(messages.map(\.to))")
            let new = try messages.filter { !seen.contains($0.messageID) }.map { message -> String in
                let id = try #require(
                    message.messageID.firstMatch(of: /<notification-(\d+)@talents.example.gouv.fr>/)?.1)
                let application = try fixture.sql(
                    """
                    SELECT json_extract(value, '$.applicationID') FROM notification_outbox, json_each(payload) WHERE notification_outbox.id = \(id)
                    """
                ).trimmingCharacters(in: .whitespacesAndNewlines)
                let summary = ["depuis 7 jours", "depuis 12 jours", "est dépassé", "relancé"].first(
                    where: message.text.contains)
                // The owner's list of applications to answer; the operator's late ones in the console.
                #expect(
                    message.text.contains(
                        "https://talents.example.gouv.fr/espace-responsable/candidatures#candidature-\(application)")
                        || (message.text.contains("https://talents.example.gouv.fr/console#retards")
                            && message.text.contains("relancé"))
                )
                return "\(application) \(message.to) \(summary ?? "?")"
            }
            #expect(new.sorted() == step.expected.sorted(), "at D+\(step.days)")
            seen = messages.map(\.messageID)
        }
        #expect(try fixture.outbox("status") == Array(repeating: "sent", count: 5))
    }

    @Test("SMTP server down, then back: the message waits for its backoff, then is delivered once")
    func serverDownThenBack() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        let port = try BackgroundProcess.freePort()
        try fixture.apply(talent: 1)
        try fixture.setClock(days: 7)
        let first = try fixture.runJobs(smtpPort: port)
        #expect(first["delivered"]?["retried"] == 1)
        #expect(try fixture.outbox("status || ' ' || attempts") == ["pending 1"])
        #expect(try fixture.outbox("last_error").first?.contains("cannot connect") == true)

        let sink = try SMTPSink(directory: fixture.directory, port: port)
        defer { sink.stop() }
        try fixture.runJobs(smtpPort: port)
        #expect(sink.messages().isEmpty, "not before the backoff")
        try fixture.setClock(days: 7, seconds: 60)
        try fixture.runJobs(smtpPort: port)
        try fixture.runJobs(smtpPort: port)
        #expect(sink.messages().count == 1)
        #expect(try fixture.outbox("status || ' ' || attempts") == ["sent 2"])
    }

    @Test(
        "a worker killed mid-delivery loses nothing: after the lease the message is sent again, same Message-ID, once")
    func crashMidDelivery() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        try fixture.apply(talent: 1)
        try fixture.setClock(days: 7)
        // A relay that takes the data and never confirms it: the worker blocks on the final reply.
        let holePort = try BackgroundProcess.freePort()
        let captured = fixture.directory.path("hole.eml")
        let hole = try BackgroundProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", Self.blackHole, String(holePort), captured],
            environment: SMTPSink.pythonEnvironment, log: fixture.directory.path("hole.log"))
        defer { hole.stop() }
        try SMTPSink.waitUntilListening(port: holePort, process: hole)
        let worker = try BackgroundProcess(
            product: "talents-admin", ["jobs", "run"],
            environment: fixture.environment(smtpPort: holePort),
            log: fixture.directory.path("worker.log"))
        #expect(Polling.eventuallyBlocking(within: 120) { FileManager.default.fileExists(atPath: captured) })
        kill(worker.process.processIdentifier, SIGKILL)
        worker.process.waitUntilExit()
        #expect(try fixture.outbox("status || ' ' || attempts") == ["sending 1"])

        let sink = try SMTPSink(directory: fixture.directory)
        defer { sink.stop() }
        try fixture.setClock(days: 7, seconds: 299)
        try fixture.runJobs(smtpPort: sink.port)
        #expect(sink.messages().isEmpty, "the lease still holds")
        try fixture.setClock(days: 7, seconds: 300)
        try fixture.runJobs(smtpPort: sink.port)
        try fixture.runJobs(smtpPort: sink.port)
        let messages = sink.messages()
        #expect(messages.count == 1)
        // The relay that died with the worker got the same message: SMTP's own at-least-once
        // window (docs/operations.md), which the stable Message-ID lets a receiver collapse.
        let holeCopy = ReceivedMail(try String(contentsOfFile: captured, encoding: .utf8))
        #expect(messages.first?.messageID == holeCopy.messageID && !holeCopy.messageID.isEmpty)
        #expect(try fixture.outbox("status || ' ' || attempts") == ["sent 2"])
    }

    @Test("the API process runs the job in the background and serves the preferences")
    func apiBackgroundJob() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        try fixture.apply(talent: 1)
        try fixture.setClock(days: 7)
        var environment = fixture.environment(smtpPort: nil)
        environment["TALENTS_JOBS_INTERVAL_SECONDS"] = "1"
        let server = try APIServerProcess(database: fixture.database, environment: environment)
        defer { server.stop() }
        // The default transport: a maildir beside the database.
        let folder = fixture.directory.path("mail/new")
        #expect(
            Polling.eventuallyBlocking(within: 120) {
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).count == 1
            })
        #expect(try fixture.outbox("status") == ["sent"])

        let token = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", NotificationFixture.owner],
            environment: environment
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let read = try server.send("GET", "/v1/me/notification-preferences", token: token)
        #expect(read.status == 200 && read.headers["etag"] == "\"1\"" && read.text == #"{"digestsMuted":false}"#)
        let changed = try server.send(
            "PUT", "/v1/me/notification-preferences", token: token,
            headers: ["If-Match": "\"1\""], json: #"{"digestsMuted":true}"#)
        #expect(
            changed.status == 200 && changed.headers["etag"] == "\"2\"" && changed.text == #"{"digestsMuted":true}"#)
        #expect(
            try server.send(
                "PUT", "/v1/me/notification-preferences", token: token, headers: ["If-Match": "\"1\""],
                json: #"{"digestsMuted":false}"#
            ).status == 412)
    }

    @Test("the operator lists parked messages and retries them")
    func parkedMessages() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        try fixture.apply(talent: 1)
        try fixture.setClock(days: 7)
        // A relay refusing the recipient for good (5xx): parked at once.
        let refusing = try BackgroundProcess.freePort()
        let relay = try BackgroundProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", Self.refusingRelay, String(refusing)],
            environment: SMTPSink.pythonEnvironment, log: fixture.directory.path("relay.log"))
        defer { relay.stop() }
        try SMTPSink.waitUntilListening(port: refusing, process: relay)
        #expect(try fixture.runJobs(smtpPort: refusing)["delivered"]?["parked"] == 1)
        let environment = fixture.environment(smtpPort: nil)
        let listed = try Subprocess.run(
            "talents-admin", ["notifications", "list", "--parked"], environment: environment)
        #expect(listed.status == 0 && listed.output.contains("answer-reminder") && listed.output.contains("550"))
        let retried = try Subprocess.run("talents-admin", ["notifications", "retry", "1"], environment: environment)
        #expect(retried.status == 0 && retried.output == "Notification 1 queued again.\n")
        let again = try Subprocess.run("talents-admin", ["notifications", "retry", "1"], environment: environment)
        #expect(again.status != 0)
        let sink = try SMTPSink(directory: fixture.directory)
        defer { sink.stop() }
        try fixture.runJobs(smtpPort: sink.port)
        #expect(sink.messages().count == 1)
    }

    /// An SMTP server that accepts everything, writes the data to a file, then never answers.
    static let blackHole = """
        import socket, sys, time
        def serve(c):
            f = c.makefile('rb'); c.sendall(b'220 hole\\r\\n'); data = b''; inside = False
            for line in iter(f.readline, b''):
                if inside:
                    data += line
                    if line == b'.\\r\\n':
                        open(sys.argv[2] + '.tmp', 'wb').write(data); __import__('os').rename(sys.argv[2] + '.tmp', sys.argv[2])
                        time.sleep(3600)
                elif line.strip().upper() == b'DATA':
                    c.sendall(b'354 go\\r\\n'); inside = True
                else:
                    c.sendall(b'250 ok\\r\\n')
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(('127.0.0.1', int(sys.argv[1]))); s.listen(5)
        while True:
            c, _ = s.accept()
            try:
                serve(c)
            except OSError:  # the readiness probe hangs up at once (a reset): wait for the worker
                pass
            c.close()
        """

    /// An SMTP server that refuses every recipient with 550.
    static let refusingRelay = """
        import socket, sys
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(('127.0.0.1', int(sys.argv[1]))); s.listen(5)
        def serve(c):
            f = c.makefile('rb'); c.sendall(b'220 relay\\r\\n')
            for line in iter(f.readline, b''):
                command = line.strip().upper()
                c.sendall(b'550 5.1.1 no such user\\r\\n' if command.startswith(b'RCPT') else b'250 ok\\r\\n')
                if command == b'QUIT': break
        while True:
            c, _ = s.accept()
            try:
                serve(c)
            except OSError:  # the readiness probe hangs up at once (a reset)
                pass
            c.close()
        """
}

extension Polling {
    /// Polls `condition` every 50 ms until it holds or `seconds` have passed, without suspending.
    static func eventuallyBlocking(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return false
    }
}
