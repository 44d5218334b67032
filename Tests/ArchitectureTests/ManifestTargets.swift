/// The targets a package manifest declares and the targets each depends on, read from the text
/// of `Package.swift` (running `swift package dump-package` from inside `swift test` would wait
/// for the build directory's lock, and it is slow).
///
/// The text is tokenized, so comments are skipped and string literals kept whole; every call
/// `.target(…)`, `.executableTarget(…)`, `.testTarget(…)`, `.systemLibrary(…)`, `.macro(…)`,
/// `.plugin(…)` or `.binaryTarget(…)` is a declaration, wherever it stands (a target appended
/// under a condition counts too). Calls nested in a declaration's arguments (a dependency
/// written `.target(name: "X")`) are read as dependencies, not as declarations. Anything the
/// reader does not understand is an error, never a silent omission.
struct ManifestTargets: Equatable {
    /// The dependencies of each declared target, by target name (products named by their name).
    var dependencies: [String: Set<String>]

    /// Why the manifest could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// The calls that declare a target.
    static let declarations: Set<String> = [
        "target", "executableTarget", "testTarget", "systemLibrary", "macro", "plugin", "binaryTarget"
    ]

    /// Reads the declarations of `manifest`, the text of a `Package.swift`.
    /// - Throws: ``ReadError`` for an unterminated literal or comment, unbalanced brackets, a
    ///   declaration without a literal name, a target declared twice or a dependency list that is
    ///   not an array literal.
    static func read(_ manifest: String) throws -> ManifestTargets {
        let tokens = try tokenize(manifest)
        var dependencies: [String: Set<String>] = [:]
        var index = 0
        while index + 2 < tokens.count {
            guard tokens[index] == .punctuation("."), case .word(let call) = tokens[index + 1],
                declarations.contains(call), tokens[index + 2] == .punctuation("(")
            else {
                index += 1
                continue
            }
            let close = try closing(tokens, from: index + 2)
            let arguments = labelledArguments(Array(tokens[(index + 3)..<close]))
            guard let nameTokens = arguments["name"], nameTokens.count == 1,
                case .string(let name) = nameTokens[0]
            else {
                throw ReadError(description: ".\(call)(…) without a literal name")
            }
            guard dependencies[name] == nil else { throw ReadError(description: "target \(name) declared twice") }
            dependencies[name] = try arguments["dependencies"].map { try dependencyNames($0, of: name) } ?? []
            index = close + 1  // nested calls belong to this declaration
        }
        return ManifestTargets(dependencies: dependencies)
    }

    // MARK: Tokens

    /// A token of Swift source, as much of it as a manifest's declarations need.
    enum Token: Equatable {
        case word(String)
        case string(String)
        case punctuation(Character)
    }

    /// The tokens of `source`, comments left out.
    static func tokenize(_ source: String) throws -> [Token] {
        let characters = Array(source)
        var tokens: [Token] = []
        var index = 0
        func starts(_ literal: String, at position: Int) -> Bool {
            let pattern = Array(literal)
            return position + pattern.count <= characters.count
                && Array(characters[position..<(position + pattern.count)]) == pattern
        }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if starts("//", at: index) {
                while index < characters.count, !characters[index].isNewline { index += 1 }
            } else if starts("/*", at: index) {
                // Swift block comments nest.
                var depth = 0
                repeat {
                    if starts("/*", at: index) {
                        depth += 1
                        index += 2
                    } else if starts("*/", at: index) {
                        depth -= 1
                        index += 2
                    } else if index < characters.count {
                        index += 1
                    } else {
                        throw ReadError(description: "unterminated block comment")
                    }
                } while depth > 0
            } else if starts("\"\"\"", at: index) {
                guard let end = (index + 3..<characters.count).first(where: { starts("\"\"\"", at: $0) }) else {
                    throw ReadError(description: "unterminated multi-line string")
                }
                tokens.append(.string(String(characters[(index + 3)..<end])))
                index = end + 3
            } else if character == "\"" {
                var value = ""
                index += 1
                while true {
                    guard index < characters.count, !characters[index].isNewline else {
                        throw ReadError(description: "unterminated string literal")
                    }
                    if characters[index] == "\"" { break }
                    if characters[index] == "\\", index + 1 < characters.count {
                        value.append(characters[index + 1])
                        index += 2
                    } else {
                        value.append(characters[index])
                        index += 1
                    }
                }
                tokens.append(.string(value))
                index += 1
            } else if character.isLetter || character == "_" {
                let start = index
                while index < characters.count,
                    characters[index].isLetter || characters[index].isNumber
                        || characters[index] == "_"
                { index += 1 }
                tokens.append(.word(String(characters[start..<index])))
            } else {
                tokens.append(.punctuation(character))
                index += 1
            }
        }
        return tokens
    }

    // MARK: Arguments

    /// The index of the bracket closing the one at `open`.
    private static func closing(_ tokens: [Token], from open: Int) throws -> Int {
        var depth = 0
        for index in open..<tokens.count {
            switch tokens[index] {
            case .punctuation("("), .punctuation("["), .punctuation("{"): depth += 1
            case .punctuation(")"), .punctuation("]"), .punctuation("}"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        throw ReadError(description: "unbalanced brackets")
    }

    /// `tokens` split at the commas that are outside any bracket.
    private static func topLevelItems(_ tokens: [Token]) -> [[Token]] {
        var items: [[Token]] = [[]]
        var depth = 0
        for token in tokens {
            switch token {
            case .punctuation("("), .punctuation("["), .punctuation("{"): depth += 1
            case .punctuation(")"), .punctuation("]"), .punctuation("}"): depth -= 1
            case .punctuation(",") where depth == 0:
                items.append([])
                continue
            default: break
            }
            items[items.count - 1].append(token)
        }
        return items.filter { !$0.isEmpty }  // a trailing comma
    }

    /// The arguments of a call, by label (`label: value`); unlabelled ones are left out.
    private static func labelledArguments(_ tokens: [Token]) -> [String: [Token]] {
        var arguments: [String: [Token]] = [:]
        for item in topLevelItems(tokens) {
            guard item.count >= 2, case .word(let label) = item[0], item[1] == .punctuation(":") else { continue }
            arguments[label] = Array(item.dropFirst(2))
        }
        return arguments
    }

    /// The names in a `dependencies:` array literal: `"X"`, `.target(name: "X")`,
    /// `.byName(name: "X")`, `.product(name: "X", package: "P")`, with or without `condition:`.
    private static func dependencyNames(_ value: [Token], of target: String) throws -> Set<String> {
        guard value.first == .punctuation("["), value.last == .punctuation("]"),
            try closing(value, from: 0) == value.count - 1
        else {
            throw ReadError(description: "the dependencies of \(target) are not an array literal")
        }
        var names: Set<String> = []
        for item in topLevelItems(Array(value.dropFirst().dropLast())) {
            if item.count == 1, case .string(let name) = item[0] {
                names.insert(name)
            } else if item.count > 3, item[0] == .punctuation("."), case .word(let kind) = item[1],
                ["target", "byName", "product"].contains(kind), item[2] == .punctuation("("),
                item.last == .punctuation(")"), try closing(item, from: 2) == item.count - 1,
                let nameTokens = labelledArguments(Array(item[3..<(item.count - 1)]))["name"],
                nameTokens.count == 1, case .string(let name) = nameTokens[0]
            {
                names.insert(name)
            } else {
                throw ReadError(description: "a dependency of \(target) that is neither a name nor a literal call")
            }
        }
        return names
    }
}
