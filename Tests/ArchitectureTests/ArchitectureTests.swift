import Foundation
import Testing

/// `docs/architecture.md` draws the arrows `Package.swift` declares: every target, and for each
/// exactly the targets it depends on. An arrow added on one side only fails here.
@Suite struct ArchitectureTests {
    /// The package's root: this file is `Tests/ArchitectureTests/ArchitectureTests.swift`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theDocumentDrawsTheArrowsOfPackageSwift() throws {
        let manifest = try ManifestTargets.read(try Self.text("Package.swift"))
        let document = try DocumentedArrows.read(try Self.text("docs/architecture.md"))
        #expect(manifest.dependencies.count > 20, "Package.swift read: \(manifest.dependencies.keys.sorted())")
        let differences = Self.differences(package: manifest.dependencies, document: document.dependencies)
        #expect(
            differences.isEmpty,
            """
            docs/architecture.md (the ```arrows block) and Package.swift disagree:
            \(differences.joined(separator: "\n"))
            """)
    }

    @Test func aDifferenceEitherWayIsNamed() {
        let package: [String: Set<String>] = ["Workflows": ["Domain", "Persistence"], "Domain": []]
        #expect(Self.differences(package: package, document: package).isEmpty)
        #expect(
            Self.differences(package: package, document: ["Workflows": ["Domain"], "Domain": []])
                == ["Workflows -> Persistence: in Package.swift, not in the document"])
        #expect(
            Self.differences(
                package: package,
                document: [
                    "Workflows": ["Domain", "Persistence", "HTTP"],
                    "Domain": []
                ])
                == ["Workflows -> HTTP: in the document, not in Package.swift"])
        #expect(
            Self.differences(package: package, document: ["Workflows": ["Domain", "Persistence"]])
                == ["Domain: a target of Package.swift the document does not name"])
        #expect(
            Self.differences(package: ["Domain": []], document: package)
                == ["Workflows: named by the document, not a target of Package.swift"])
    }

    @Test func theManifestReaderSkipsCommentsAndReadsEveryFormOfDependency() throws {
        let manifest = #"""
            // .target(name: "Commented", dependencies: ["Nothing"]),
            /* .target(name: "Blocked", /* nested */ dependencies: []) */
            let package = Package(
                name: "Sample", // "not a target"
                targets: [
                    .systemLibrary(name: "CLib", path: "Shared/CLib"),
                    .target(name: "Core", path: "Modules/Core"),
                    .target(name: "Store", dependencies: ["Core", "CLib",], path: "a//b"),
                    .executableTarget(
                        name: "tool",
                        dependencies: [.target(name: "Store"), .byName(name: "Core"),
                                       .product(name: "Parser", package: "parser",
                                                condition: .when(platforms: [.linux]))]
                    ),
                    .testTarget(name: "StoreTests", dependencies: ["Store"], path: "Tests/StoreTests"),
                ]
            )
            if Context.environment["FUZZ"] != nil {
                package.targets.append(.executableTarget(name: "Fuzz", dependencies: ["Core"], path: "Fuzz"))
            }
            for target in package.targets where target.type != .system { target.swiftSettings = [] }
            """#
        #expect(
            try ManifestTargets.read(manifest).dependencies == [
                "CLib": [], "Core": [], "Store": ["Core", "CLib"], "tool": ["Store", "Core", "Parser"],
                "StoreTests": ["Store"], "Fuzz": ["Core"]
            ])
    }

    @Test func theManifestReaderRefusesWhatItCannotRead() {
        for manifest in [
            #".target(name: "A", dependencies: shared)"#,  // not a literal: the arrows would be guesses
            #".target(name: "A", dependencies: ["B"] + extra)"#,
            #".target(name: name)"#,
            #".target(name: "A"), .target(name: "A")"#,
            #".target(name: "A", dependencies: ["B"]"#,
            #".target(name: "A) "#,
            "/* .target(name: \"A\")"
        ] {
            #expect(throws: ManifestTargets.ReadError.self, "\(manifest)") { try ManifestTargets.read(manifest) }
        }
    }

    @Test func theDocumentReaderReadsOneBlockOfArrows() throws {
        let document = """
            # Architecture
            ```swift
            Ignored -> Block
            ```
            ```arrows
            # Shared
            Domain
            Workflows -> Domain,  Persistence

            ```
            """
        #expect(
            try DocumentedArrows.read(document).dependencies
                == ["Domain": [], "Workflows": ["Domain", "Persistence"]])
        for broken in [
            "no block", "```arrows\nA -> B\n", "```arrows\nA\nA -> B\n```", "```arrows\nA -> B, B\n```",
            "```arrows\nA -> B -> C\n```", "```arrows\nA -> B,\n```", "```arrows\n```\n```arrows\n```"
        ] {
            #expect(throws: DocumentedArrows.ReadError.self, "\(broken)") { try DocumentedArrows.read(broken) }
        }
    }

    /// What one side has and the other has not, one line per target or arrow, sorted.
    static func differences(package: [String: Set<String>], document: [String: Set<String>]) -> [String] {
        var lines: [String] = []
        for target in Set(package.keys).union(document.keys).sorted() {
            switch (package[target], document[target]) {
            case (let declared?, let drawn?):
                lines += declared.subtracting(drawn).sorted()
                    .map { "\(target) -> \($0): in Package.swift, not in the document" }
                lines += drawn.subtracting(declared).sorted()
                    .map { "\(target) -> \($0): in the document, not in Package.swift" }
            case (.some, nil): lines.append("\(target): a target of Package.swift the document does not name")
            case (nil, .some): lines.append("\(target): named by the document, not a target of Package.swift")
            case (nil, nil): break
            }
        }
        return lines
    }

    /// The text of the file at `path`, relative to the package's root.
    private static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
