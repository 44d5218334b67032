import Foundation
import Glibc
import TestSupport

/// A real SMTP server on loopback for end-to-end tests: Python's `aiosmtpd` (PyPI, installed by
/// scripts/setup) writing every message it accepts into a maildir; `stop()` ends it.
final class SMTPSink {
    let port: Int
    let maildir: String
    private let process: BackgroundProcess

    /// Starts the server on `port` (a free one by default) and waits until it accepts connections.
    init(directory: TemporaryDirectory, name: String = "sink", port: Int? = nil) throws {
        self.port = try port ?? BackgroundProcess.freePort()
        maildir = directory.path(name)
        process = try BackgroundProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-u", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(self.port)",
                "-c", "aiosmtpd.handlers.Mailbox", maildir
            ],
            environment: Self.pythonEnvironment, log: directory.path("\(name).log"))
        try Self.waitUntilListening(port: self.port, process: process)
    }

    /// The test process's PATH, where `python3` with aiosmtpd is found.
    static var pythonEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { ["PATH", "HOME", "PYENV_ROOT", "PYENV_VERSION"].contains($0.key) }
    }

    /// The messages received so far, each as its text with CRLF line ends.
    func messages() -> [ReceivedMail] {
        let folder = URL(fileURLWithPath: maildir).appendingPathComponent("new")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map(ReceivedMail.init)
        }
    }

    func stop() {
        process.stop()
    }

    deinit { stop() }

    /// Polls a TCP connect to `port` until it succeeds (the server is up) or the process dies.
    static func waitUntilListening(port: Int, process: BackgroundProcess) throws {
        for _ in 0..<400 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(fd)
            if connected == 0 { return }
            guard process.isAlive else { break }
            usleep(25_000)
        }
        throw StartError(log: process.log)
    }

    struct StartError: Error {
        let log: String
    }
}

/// A message as a test reads it: a few headers and the decoded plain-text part.
struct ReceivedMail {
    let messageID: String
    let to: String
    let text: String

    init(_ raw: String) {
        let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let head = normalized.components(separatedBy: "\n\n").first ?? ""
        func header(_ name: String) -> String {
            head.components(separatedBy: "\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        messageID = header("Message-ID")
        to = header("To")
        // The plain-text part, quoted-printable: soft breaks removed, =XX decoded.
        let part =
            normalized.components(separatedBy: "Content-Type: text/plain; charset=utf-8\n").dropFirst().first ?? ""
        let content = part.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        let body = (content.components(separatedBy: "\n--").first ?? "").replacingOccurrences(of: "=\n", with: "")
        var bytes: [UInt8] = []
        let utf8 = Array(body.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "="), i + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[i + 1...i + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
    }
}
