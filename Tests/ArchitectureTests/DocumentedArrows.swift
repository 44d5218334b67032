import Foundation

/// The dependency arrows that `docs/architecture.md` draws: the lines of its one fenced block
/// whose info string is `arrows`, each `Target -> Dependency, Dependency` or `Target` alone for
/// a target without dependencies. Blank lines and lines starting with `#` are notes.
struct DocumentedArrows: Equatable {
    /// The dependencies of each target the document names, by target name.
    var dependencies: [String: Set<String>]

    /// Why the document's arrows could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// The info string that opens the block of arrows.
    static let fence = "```arrows"

    /// Reads the arrows of `document`, a Markdown text.
    /// - Throws: ``ReadError`` when there is no block or more than one, the block is not closed,
    ///   or a line names no target, a target twice or a dependency twice.
    static func read(_ document: String) throws -> DocumentedArrows {
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let openings = lines.indices.filter { lines[$0] == fence }
        guard openings.count == 1, let opening = openings.first else {
            throw ReadError(description: "\(openings.count) blocks opened by \(fence), one expected")
        }
        guard let end = lines[(opening + 1)...].firstIndex(of: "```") else {
            throw ReadError(description: "the \(fence) block is not closed")
        }
        var dependencies: [String: Set<String>] = [:]
        for line in lines[(opening + 1)..<end] where !line.isEmpty && !line.hasPrefix("#") {
            let sides = line.components(separatedBy: "->")
            let target = sides[0].trimmingCharacters(in: .whitespaces)
            guard sides.count <= 2, !target.isEmpty, !target.contains(",") else {
                throw ReadError(description: "not an arrow: \(line)")
            }
            guard dependencies[target] == nil else { throw ReadError(description: "\(target) has two lines") }
            let names =
                sides.count < 2
                ? []
                : sides[1].split(separator: ",", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.contains(""), Set(names).count == names.count else {
                throw ReadError(description: "an empty or repeated dependency: \(line)")
            }
            dependencies[target] = Set(names)
        }
        return DocumentedArrows(dependencies: dependencies)
    }
}
