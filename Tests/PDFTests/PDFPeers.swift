import Foundation
import Testing

/// The real PDF readers the tests check files with: `qpdf` and `pdftotext` (poppler-utils), which
/// `scripts/setup` installs. A missing tool fails the test with how to install it.
struct PDFPeers {
    /// What a tool printed and how it ended.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A tool is not installed.
    struct MissingTool: Error, CustomStringConvertible {
        var name: String
        var package: String
        var description: String { "\(name) is not installed: run scripts/setup (Debian package \(package))" }
    }

    /// A folder of its own for the files of one test, removed at the end.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("talents-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `bytes` to `name` in the folder.
    func write(_ bytes: [UInt8], _ name: String = "document.pdf") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// `qpdf --check` on the file: exit 0 and "No syntax or stream encoding errors found".
    func qpdfCheck(_ file: URL) throws -> Output {
        try run("qpdf", package: "qpdf", ["--check", file.path])
    }

    /// The file's text as `pdftotext -enc UTF-8` gives it back (form feeds between pages).
    func pdftotext(_ file: URL, _ options: [String] = []) throws -> String {
        let output = try run("pdftotext", package: "poppler-utils", options + ["-enc", "UTF-8", file.path, "-"])
        guard output.status == 0 else {
            throw PDFPeerFailure(description: "pdftotext failed (\(output.status)): \(output.stderr)")
        }
        return output.stdout
    }

    /// `pdfinfo` on the file, as "Key: value" lines.
    func pdfinfo(_ file: URL) throws -> String {
        try run("pdfinfo", package: "poppler-utils", ["-isodates", file.path]).stdout
    }

    private func run(_ name: String, package: String, _ arguments: [String]) throws -> Output {
        guard let executable = Self.find(name) else { throw MissingTool(name: name, package: package) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to their end before waiting, so a large output cannot block the tool.
        let stderrReader = Thread.detachNewThreadReadingAll(err)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderrReader.wait(), as: UTF8.self))
    }

    private static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

/// A real reader refused a file.
struct PDFPeerFailure: Error, CustomStringConvertible {
    var description: String
}

extension Thread {
    /// Reads `pipe` to its end on a thread of its own.
    fileprivate static func detachNewThreadReadingAll(_ pipe: Pipe) -> PipeReader {
        let reader = PipeReader()
        Thread.detachNewThread { reader.finish(pipe.fileHandleForReading.readDataToEndOfFile()) }
        return reader
    }
}

/// The data a background thread read, handed over once.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func finish(_ data: Data) {
        self.data = data
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
