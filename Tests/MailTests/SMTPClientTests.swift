import Foundation
import Testing

@testable import Mail

@Suite struct SMTPClientTests {
    /// A client of the scripted server.
    static func client(_ server: ScriptedSMTPServer) -> SMTPClient {
        SMTPClient(
            configuration: .init(
                host: "127.0.0.1", port: server.port, heloName: "talents.example.gouv.fr",
                timeoutSeconds: 5))
    }

    /// Replies 250 to everything but DATA (354) and QUIT (221).
    static func accepting(_ command: String) -> String {
        switch command {
        case "DATA": "354 go ahead"
        case "QUIT": "221 bye"
        default: command.hasPrefix("EHLO") ? "250-test greets you\r\n250 8BITMIME" : "250 OK"
        }
    }

    @Test("dot-stuffing doubles a leading dot, normalises line ends to CRLF and ends with CRLF.CRLF")
    func dotStuffing() {
        let block = SMTPClient.dataBlock(Array("a\r\n.b\n..c\rd\r\n.".utf8))
        #expect(String(decoding: block, as: UTF8.self) == "a\r\n..b\r\n...c\r\nd\r\n..\r\n.\r\n")
        #expect(String(decoding: SMTPClient.dataBlock(Array("x\r\n".utf8)), as: UTF8.self) == "x\r\n.\r\n")
    }

    @Test("a full dialogue: EHLO, MAIL FROM, RCPT TO, DATA with the dot-stuffed message, QUIT")
    func dialogue() throws {
        let server = try ScriptedSMTPServer(reply: Self.accepting)
        let message = try MailMessage.make(text: ".point en début de ligne\n")
        try Self.client(server).deliver(message)
        let transcript = server.finish()
        #expect(
            transcript.commands == [
                "EHLO talents.example.gouv.fr", "MAIL FROM:<ne-pas-repondre@talents.example.gouv.fr>",
                "RCPT TO:<camille@example.gouv.fr>", "DATA", "QUIT"
            ])
        #expect(transcript.data == SMTPClient.dataBlock(message.rendered()))
        #expect(String(decoding: transcript.data, as: UTF8.self).hasSuffix("\r\n.\r\n"))
    }

    @Test("a server refusing EHLO gets HELO")
    func heloFallback() throws {
        let server = try ScriptedSMTPServer { command in
            command.hasPrefix("EHLO") ? "502 command not implemented" : Self.accepting(command)
        }
        try Self.client(server).deliver(try MailMessage.make())
        #expect(server.finish().commands.prefix(2) == ["EHLO talents.example.gouv.fr", "HELO talents.example.gouv.fr"])
    }

    @Test(
        "a 4xx reply is a transient error, a 5xx reply a permanent one, each naming the step",
        arguments: [
            ("451 4.3.0 try again later", MailDeliveryError.Kind.transient),
            ("550 5.1.1 unknown user", MailDeliveryError.Kind.permanent)
        ])
    func errorReplies(reply: String, kind: MailDeliveryError.Kind) throws {
        let server = try ScriptedSMTPServer { command in
            command.hasPrefix("RCPT TO") ? reply : Self.accepting(command)
        }
        let error = #expect(throws: MailDeliveryError.self) { try Self.client(server).deliver(try MailMessage.make()) }
        #expect(error?.kind == kind)
        #expect(error?.message == "RCPT TO: \(reply)")
        // Nothing but QUIT was sent after the refusal.
        #expect(server.finish().commands.suffix(2) == ["RCPT TO:<camille@example.gouv.fr>", "QUIT"])
    }

    @Test("a refusal of the data after DATA is reported too")
    func dataRefused() throws {
        let server = try ScriptedSMTPServer { command in
            command == "<end of data>" ? "554 5.6.0 message refused" : Self.accepting(command)
        }
        let error = #expect(throws: MailDeliveryError.self) { try Self.client(server).deliver(try MailMessage.make()) }
        #expect(error?.kind == .permanent && error?.message.hasPrefix("end of data: 554") == true)
        _ = server.finish()
    }

    @Test("a greeting other than 220 and a closed connection are transient")
    func unavailable() throws {
        let busy = try ScriptedSMTPServer(greeting: "421 4.3.2 busy") { _ in "421 busy" }
        let error = #expect(throws: MailDeliveryError.self) { try Self.client(busy).deliver(try MailMessage.make()) }
        #expect(error?.kind == .transient)
        _ = busy.finish()

        // Nobody listens on the closed server's port any more.
        let refused = #expect(throws: MailDeliveryError.self) {
            try SMTPClient(configuration: .init(host: "127.0.0.1", port: busy.port, timeoutSeconds: 5))
                .deliver(try MailMessage.make())
        }
        #expect(refused?.kind == .transient && refused?.message.contains("cannot connect") == true)
    }

    @Test("the maildir transport writes new/<Message-ID>.eml once, replacing it on a second delivery")
    func maildir() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = MaildirTransport(directory: directory.path)
        let message = try MailMessage.make()
        try transport.deliver(message)
        try transport.deliver(message)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("new").path)
        #expect(files == ["notification-1_talents.example.gouv.fr.eml"])
        let stored = try Data(contentsOf: directory.appendingPathComponent("new").appendingPathComponent(files[0]))
        #expect(Array(stored) == message.rendered())
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("tmp").path).isEmpty)
    }
}
