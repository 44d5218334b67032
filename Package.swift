// swift-tools-version: 6.1
// Talents — the platform of "Partagez vos talents numériques".
// Toolchain and the system libsqlite3 only: no package dependency, by the client's rule.
import PackageDescription

let package = Package(
    name: "Talents",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "talents-api", targets: ["talents-api"]),
        .executable(name: "talents-admin", targets: ["talents-admin"]),
        .executable(name: "talents-metrics", targets: ["talents-metrics"])
    ],
    targets: [
        // MARK: Shared — knows nothing of the domain
        // libsqlite3-dev's header in /usr/include; scripts/setup installs it.
        .systemLibrary(name: "CSQLite", path: "Shared/CSQLite"),
        .systemLibrary(name: "CEpoll", path: "Shared/CEpoll"),
        .target(name: "Support", path: "Shared/Support"),
        .target(name: "HTTP", dependencies: ["CEpoll"], path: "Shared/HTTP"),
        .target(name: "Mail", path: "Shared/Mail"),
        // Escaped-by-default HTML from Swift values, for the web front (issue 11).
        .target(name: "HTML", path: "Shared/HTML"),
        // PDF 1.7 text documents with the standard fonts, for the printable documents (issue 20).
        .target(name: "PDF", path: "Shared/PDF"),
        // iCalendar (RFC 5545) files of our events, with the Europe/Paris time zone (issue 20).
        .target(name: "Calendar", path: "Shared/Calendar"),

        // MARK: Modules — the product
        .target(name: "Domain", path: "Modules/Domain"),
        .target(name: "Gamification", dependencies: ["Domain", "HTML"], path: "Modules/Gamification"),
        .target(name: "Persistence", dependencies: ["Domain", "Gamification", "CSQLite"], path: "Modules/Persistence"),
        .target(name: "Notifications", dependencies: ["Domain", "HTML", "Calendar"], path: "Modules/Notifications"),
        // The recommendations' in-memory indexes, ranking with Domain's one score; fed by Persistence's SQL.
        .target(name: "Matching", dependencies: ["Domain"], path: "Modules/Matching"),
        .target(
            name: "Workflows",
            dependencies: [
                "Domain", "Gamification", "Persistence", "Reporting", "Matching",
                "Support", "Notifications", "Mail", "Calendar"
            ],
            path: "Modules/Workflows"),
        .target(name: "Reporting", dependencies: ["Domain", "Gamification", "Persistence"], path: "Modules/Reporting"),
        // The configuration the three executables read from flags and the environment, built one way.
        .target(
            name: "Runtime", dependencies: ["Domain", "Gamification", "Persistence", "Support", "Workflows", "Mail"],
            path: "Modules/Runtime"),
        // The demonstration dataset (`talents-admin demo seed`): a seeded generator writing through the
        // stores, and the engagement story through the use cases of Workflows.
        .target(name: "Demo", dependencies: ["Domain", "Persistence", "Support", "Workflows"], path: "Modules/Demo"),

        // The JSON API under /v1: the router every route of talents-api goes through, the routes and
        // their representations.
        .target(
            name: "API",
            dependencies: ["Workflows", "Gamification", "Reporting", "Domain", "HTTP", "Support"],
            path: "Modules/API",
            // docs/openapi.yaml through a relative symlink, built into the binary
            // (docs/operations.md, "The API contract").
            resources: [.embedInCode("openapi.yaml")]),
        // The French web front: pages as functions from values to HTML, mounted beside the JSON routes.
        .target(
            name: "Web",
            dependencies: [
                "API", "Workflows", "Gamification", "Reporting", "Domain", "HTTP", "HTML", "Support",
                "Notifications", "Calendar"
            ],
            path: "Modules/Web",
            // the app's stylesheet in the binary; the State design system (DSFR, 1.3 MB) as a
            // folder beside it, read through Bundle.module (docs/operations.md, "Web front")
            resources: [.embedInCode("talents.css"), .copy("dsfr")]),

        // MARK: Apps — thin executables
        .executableTarget(
            name: "talents-api",
            dependencies: ["API", "Web", "Workflows", "Persistence", "Domain", "HTTP", "Support", "Runtime"],
            path: "Apps/talents-api"),
        .executableTarget(
            name: "talents-admin",
            dependencies: [
                "Workflows", "Gamification", "Reporting", "Persistence", "Domain", "Support",
                "Notifications", "Runtime", "Demo"
            ],
            path: "Apps/talents-admin"),
        .executableTarget(
            name: "talents-metrics",
            dependencies: ["Reporting", "Persistence", "HTTP", "Support", "Runtime"],
            path: "Apps/talents-metrics"),
        // The anchors' three endpoints on our server, for scripts/bench-http.sh.
        .executableTarget(name: "talents-bench", dependencies: ["HTTP", "Persistence"], path: "Apps/talents-bench"),
        // A programme at scale in a temporary database, for scripts/bench-metrics.sh.
        .executableTarget(
            name: "talents-metrics-bench", dependencies: ["Persistence", "Domain", "Support"],
            path: "Apps/talents-metrics-bench"),
        // The matching and search benchmark of issue 9, for scripts/bench-matching.sh.
        .executableTarget(
            name: "talents-matching-bench", dependencies: ["Workflows", "Persistence", "Domain", "Support"],
            path: "Apps/talents-matching-bench"),

        // MARK: Tests
        .testTarget(name: "SupportTests", dependencies: ["Support"], path: "Tests/SupportTests"),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"], path: "Tests/HTTPTests"),
        .testTarget(name: "HTMLTests", dependencies: ["HTML"], path: "Tests/HTMLTests"),
        .testTarget(name: "MailTests", dependencies: ["Mail"], path: "Tests/MailTests"),
        // The writer's own tests, with qpdf and pdftotext (poppler-utils) as real readers.
        .testTarget(name: "PDFTests", dependencies: ["PDF"], path: "Tests/PDFTests"),
        .testTarget(name: "CalendarTests", dependencies: ["Calendar"], path: "Tests/CalendarTests"),
        .testTarget(
            name: "NotificationsTests", dependencies: ["Notifications", "Domain", "Calendar"],
            path: "Tests/NotificationsTests"),
        .testTarget(name: "DomainTests", dependencies: ["Domain", "Support"], path: "Tests/DomainTests"),
        .testTarget(
            name: "GamificationTests", dependencies: ["Gamification", "Domain"],
            path: "Tests/GamificationTests"),
        // What the test targets share: temporary folders and databases.
        .target(name: "TestSupport", dependencies: ["Persistence", "Domain"], path: "Tests/TestSupport"),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Domain"], path: "Tests/MatchingTests"),
        .testTarget(
            name: "PersistenceTests", dependencies: ["Persistence", "Domain", "TestSupport"],
            path: "Tests/PersistenceTests"),
        .testTarget(
            name: "ReportingTests", dependencies: ["Reporting", "Gamification", "Persistence", "Domain", "TestSupport"],
            path: "Tests/ReportingTests"),
        .testTarget(
            name: "WorkflowsTests",
            dependencies: [
                "Workflows", "Gamification", "Persistence", "Reporting", "Domain",
                "Support", "Notifications", "Mail", "TestSupport"
            ],
            path: "Tests/WorkflowsTests"),
        .testTarget(
            name: "DemoTests", dependencies: ["Demo", "Persistence", "Domain", "TestSupport"],
            path: "Tests/DemoTests"),
        // docs/architecture.md draws the arrows of this file: checked by reading both texts.
        .testTarget(name: "ArchitectureTests", path: "Tests/ArchitectureTests"),
        .testTarget(
            name: "BenchTests", dependencies: ["talents-bench", "HTTP", "Persistence"],
            path: "Tests/BenchTests"),
        // End-to-end, by surface: each suite drives the built executables as subprocesses over real
        // sockets and files, with the harness, fixtures and browser of AppTestSupport; databases are
        // prepared through the use cases before the executables start.
        .target(
            name: "AppTestSupport",
            dependencies: [
                "API", "Web", "Workflows", "Gamification", "Persistence", "Domain",
                "HTTP", "TestSupport"
            ],
            path: "Tests/AppTestSupport"),
        .testTarget(
            name: "APITests",
            dependencies: [
                "talents-api", "talents-admin", "AppTestSupport", "Gamification",
                "Persistence", "Domain", "TestSupport"
            ],
            path: "Tests/APITests"),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "talents-admin", "talents-api", "AppTestSupport", "Persistence",
                "TestSupport"
            ],
            path: "Tests/CLITests"),
        .testTarget(
            name: "MetricsTests",
            dependencies: [
                "talents-metrics", "talents-metrics-bench", "talents-admin",
                "AppTestSupport", "Persistence", "TestSupport"
            ],
            path: "Tests/MetricsTests"),
        // The web front: pages through the router in process over the demo data, and on the real
        // binary in headless Chromium (journeys, axe-core).
        .testTarget(
            name: "WebTests",
            dependencies: [
                "talents-api", "talents-admin", "AppTestSupport", "Web", "API",
                "Workflows", "Demo", "Persistence", "Domain", "HTTP", "Support", "Notifications",
                "TestSupport"
            ],
            path: "Tests/WebTests")
    ]
)

// libFuzzer target for the HTTP request parser, declared only for scripts/fuzz-http-parser.sh:
// an executable without `main` links only with -sanitize=fuzzer.
if Context.environment["TALENTS_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "HTTPParserFuzz", dependencies: ["HTTP"],
            path: "Tests/Fuzz/HTTPParserFuzz"))
    package.products.append(.executable(name: "HTTPParserFuzz", targets: ["HTTPParserFuzz"]))
}

// One settings list for every target (style.md).
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility")
]
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
