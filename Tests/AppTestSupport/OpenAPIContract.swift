import Foundation

/// What the contract tests need from `docs/openapi.yaml`: its operations and the status codes
/// each documents. A tiny reader of the `paths:` section, no YAML library: it relies on the
/// layout the document keeps (block style, two-space indentation — path templates at column 2,
/// methods at column 4, `responses:` at column 6, status codes at column 8) and fails loudly
/// when the layout is broken, rather than reading a different document.
struct OpenAPIContract {
    /// The documented status codes (`"200"`, `"default"`) of each operation.
    let responses: [Operation: Set<String>]
    /// The operations that take the `Idempotency-Key` header (its shared parameter listed under them).
    let idempotent: Set<Operation>
    /// The operations that answer without a token: `security: []`, or a `security:` block that
    /// lists `- {}` (the token optional).
    let anonymous: Set<Operation>

    /// Every documented operation.
    var operations: Set<Operation> { Set(responses.keys) }

    /// The repository's `docs/openapi.yaml`.
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/openapi.yaml")

    /// Reads the repository's document.
    static func load() throws -> OpenAPIContract {
        try OpenAPIContract(yaml: String(contentsOf: documentURL, encoding: .utf8))
    }

    struct LayoutError: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "docs/openapi.yaml:\(line): \(reason)" }
    }

    private static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    init(yaml: String) throws {
        var responses: [Operation: Set<String>] = [:]
        var idempotent: Set<Operation> = []
        var anonymous: Set<Operation> = []
        var inPaths = false
        var inResponses = false
        var inSecurity = false
        var path: String?
        var operation: Operation?
        for (index, rawLine) in yaml.components(separatedBy: "\n").enumerated() {
            let number = index + 1
            guard !rawLine.contains("\t") else {
                throw LayoutError(line: number, reason: "tabs are not YAML indentation")
            }
            let content = rawLine.drop { $0 == " " }
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let indent = rawLine.count - content.count
            if indent == 0 {
                inPaths = content == "paths:"
                continue
            }
            guard inPaths else { continue }
            switch indent {
            case 2:
                let key = try Self.key(content, line: number)
                guard key.hasPrefix("/") else { throw LayoutError(line: number, reason: "'\(key)' is not a path") }
                guard content.hasSuffix(":") else { throw LayoutError(line: number, reason: "a path holds a block") }
                path = key
                operation = nil
            case 4:
                let key = try Self.key(content, line: number)
                inResponses = false
                guard Self.methods.contains(key) else {
                    operation = nil
                    continue
                }
                guard let path else { throw LayoutError(line: number, reason: "a method outside a path") }
                let found = Operation(key, path)
                guard responses[found] == nil else { throw LayoutError(line: number, reason: "\(found) twice") }
                responses[found] = []
                operation = found
            case 6:
                inSecurity = operation != nil && content == "security:"
                if let operation, content == "security: []" { anonymous.insert(operation) }
                inResponses = operation != nil && content.hasPrefix("responses:")
                if inResponses && content != "responses:" {
                    throw LayoutError(line: number, reason: "responses must be a block, one status per line")
                }
            case 8 where inResponses:
                responses[operation!]!.insert(try Self.key(content, line: number))
            case 8 where content == ##"- $ref: "#/components/parameters/IdempotencyKey""##:
                if let operation { idempotent.insert(operation) }
            case 8 where inSecurity && content == "- {}":
                if let operation { anonymous.insert(operation) }
            default:
                continue
            }
        }
        for (operation, codes) in responses where codes.isEmpty {
            throw LayoutError(line: 0, reason: "\(operation) documents no response (or not in block style)")
        }
        self.responses = responses
        self.idempotent = idempotent
        self.anonymous = anonymous
    }

    /// The key of a `key:` or `key: value` line, without quotes.
    private static func key(_ content: Substring, line: Int) throws -> String {
        guard let colon = content.firstIndex(of: ":"),
            colon == content.index(before: content.endIndex) || content[content.index(after: colon)] == " "
        else { throw LayoutError(line: line, reason: "expected 'key:' in \(content.debugDescription)") }
        var key = content[..<colon]
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
            key = key.dropFirst().dropLast()
        }
        return String(key)
    }
}
