/// Sends messages to a configured SMTP relay (RFC 5321) over a plain TCP connection; the
/// relay handles onward delivery and TLS. One connection per message: the outbox sends few.
///
/// The dialogue: greeting 220, `EHLO` (then `HELO` if refused), `MAIL FROM`, `RCPT TO`, `DATA`,
/// the dot-stuffed message ended by `CRLF.CRLF`, `QUIT`. A 4xx reply or a broken connection is a
/// transient error (retry later), a 5xx reply a permanent one.
public struct SMTPClient: MailTransport {
    /// Where the relay is and how long to wait for it.
    public struct Configuration: Sendable, Equatable {
        /// The relay's host name or address.
        public var host: String
        /// The relay's port (25, or 587 for submission).
        public var port: Int
        /// The name announced in `EHLO`/`HELO` (our host's domain).
        public var heloName: String
        /// Seconds to wait for the connection and for each reply.
        public var timeoutSeconds: Int

        /// A configuration; the defaults suit a relay on the same machine.
        public init(
            host: String = "127.0.0.1", port: Int = 25, heloName: String = "localhost", timeoutSeconds: Int = 30
        ) {
            self.host = host
            self.port = port
            self.heloName = heloName
            self.timeoutSeconds = timeoutSeconds
        }
    }

    /// The relay.
    public let configuration: Configuration

    /// A client for the relay of `configuration`.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs the SMTP dialogue for `message`.
    /// - Throws: ``MailDeliveryError``: transient for 4xx replies and network failures,
    ///   permanent for 5xx replies.
    public func deliver(_ message: MailMessage) throws(MailDeliveryError) {
        let connection = try SMTPConnection(
            host: configuration.host, port: configuration.port,
            timeoutSeconds: configuration.timeoutSeconds)
        do throws(MailDeliveryError) {
            try converse(over: connection, message)
        } catch {
            // §4.1.1.10: end the session politely after a refusal (the connection may be gone already).
            try? connection.send(command: "QUIT")
            throw error
        }
        // The message is accepted: a failing QUIT changes nothing (§4.1.1.10).
        try? connection.send(command: "QUIT")
        _ = try? connection.readReply()
    }

    /// The dialogue from the greeting to the reply after the data.
    private func converse(over connection: SMTPConnection, _ message: MailMessage) throws(MailDeliveryError) {
        try expect(try connection.readReply(), 220, step: "greeting")
        // §4.1.1.1: EHLO first; a server that does not know it answers 5xx, then HELO.
        try connection.send(command: "EHLO \(configuration.heloName)")
        let ehlo = try connection.readReply()
        if !ehlo.isPositiveCompletion {
            if ehlo.isTransientFailure { try expect(ehlo, 250, step: "EHLO") }
            try connection.send(command: "HELO \(configuration.heloName)")
            try expect(try connection.readReply(), 250, step: "HELO")
        }
        try connection.send(command: "MAIL FROM:<\(message.from.address)>")
        try expect(try connection.readReply(), 250, step: "MAIL FROM")
        try connection.send(command: "RCPT TO:<\(message.to.address)>")
        let recipient = try connection.readReply()
        // §3.3: 251 "user not local; will forward" is a success too.
        if recipient.code != 251 { try expect(recipient, 250, step: "RCPT TO") }
        try connection.send(command: "DATA")
        try expect(try connection.readReply(), 354, step: "DATA")
        try connection.send(Self.dataBlock(message.rendered()))
        try expect(try connection.readReply(), 250, step: "end of data")
    }

    /// Checks that `reply` has `code`; otherwise throws, transient for 4xx, permanent for 5xx.
    private func expect(_ reply: SMTPReply, _ code: Int, step: String) throws(MailDeliveryError) {
        guard reply.code != code else { return }
        let text = "\(step): \(reply)"
        throw MailDeliveryError(reply.code >= 500 ? .permanent : .transient, text)
    }

    /// The message as sent after `DATA` (RFC 5321 §4.5.2): every line starting with `.` gets one
    /// more `.` (dot-stuffing), lone CR and LF become CRLF, and `CRLF.CRLF` ends the data.
    public static func dataBlock(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + 64)
        var atLineStart = true
        var index = 0
        while index < message.count {
            let byte = message[index]
            if atLineStart && byte == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
            switch byte {
            case 0x0D:
                output += [0x0D, 0x0A]
                if index + 1 < message.count && message[index + 1] == 0x0A { index += 1 }
                atLineStart = true
            case 0x0A:
                output += [0x0D, 0x0A]
                atLineStart = true
            default:
                output.append(byte)
                atLineStart = false
            }
            index += 1
        }
        if !atLineStart { output += [0x0D, 0x0A] }
        output += Array(".\r\n".utf8)
        return output
    }
}
