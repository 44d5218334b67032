import Foundation
import Glibc
import Synchronization

/// A one-connection SMTP server on a real loopback socket (port 0), answering each command with
/// the reply a test scripts: enough to drive ``SMTPClient`` through success and error replies.
final class ScriptedSMTPServer: Sendable {
    /// What the server saw: the command lines, and the raw bytes after DATA up to and
    /// including the terminating `.` line.
    struct Transcript: Sendable {
        var commands: [String] = []
        var data: [UInt8] = []
    }

    let port: Int
    private let listener: Int32
    private let transcript = Mutex(Transcript())
    private let done = DispatchSemaphore(value: 0)

    /// Starts listening; `reply` maps a command line (e.g. "MAIL FROM:<a@b.fr>") to the reply
    /// to send, such as "250 OK" or "451 try later"; `greeting` is sent first.
    init(greeting: String = "220 test ESMTP", reply: @escaping @Sendable (String) -> String) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 && listen(fd, 1) == 0
            }
        }
        guard fd >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            serve(greeting: greeting, reply: reply)
            done.signal()
        }
    }

    /// Waits until the client has gone, then returns what it sent.
    func finish() -> Transcript {
        done.wait()
        close(listener)
        return transcript.withLock { $0 }
    }

    private func serve(greeting: String, reply: @Sendable (String) -> String) {
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return }
        defer { close(client) }
        var buffer: [UInt8] = []
        var inData = false
        func send(_ text: String) {
            _ = Array((text + "\r\n").utf8).withUnsafeBytes {
                Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
        }
        send(greeting)
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(client, &chunk, chunk.count, 0)
            guard count > 0 else { return }
            buffer += chunk[0..<count]
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[...newline])
                buffer.removeSubrange(...newline)
                if inData {
                    transcript.withLock { $0.data += line }
                    if line == Array(".\r\n".utf8) {
                        inData = false
                        send(reply("<end of data>"))
                    }
                    continue
                }
                let command = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .newlines)
                transcript.withLock { $0.commands.append(command) }
                let answer = reply(command)
                send(answer)
                if command == "DATA" && answer.hasPrefix("354") { inData = true }
                if command == "QUIT" || answer.hasPrefix("421") { return }
            }
        }
    }
}
