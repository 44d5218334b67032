import Foundation
import Testing

@testable import AppTestSupport

/// Every declared route × every persona (and no token) → the expected status, on the real
/// binary serving the demo data (see ``AuthorizationMatrix`` for the table and how to add rows).
@Suite struct AuthorizationMatrixTests {
    @Test func everyDeclaredRouteHasARow() throws {
        let declared = try DeclaredRoutes.all()
        let covered = Set(AuthorizationMatrix.rows.map(\.operation))
        let missing = declared.subtracting(covered).sorted()
        #expect(missing.isEmpty, "routes without a row in AuthorizationMatrix.rows: \(missing)")
        let unknown = covered.subtracting(declared).sorted()
        #expect(unknown.isEmpty, "rows for routes the API does not declare: \(unknown)")
    }

    @Test func everyExpectedStatusIsDocumented() throws {
        let contract = try OpenAPIContract.load()
        for row in AuthorizationMatrix.rows {
            let documented = contract.responses[row.operation] ?? []
            let undocumented = Set(row.expected.values.map(String.init)).subtracting(documented).sorted()
            #expect(undocumented.isEmpty, "\(row.operation) answers \(undocumented), missing from docs/openapi.yaml")
        }
    }

    @Test func everyPersonaGetsTheExpectedStatus() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        var failures: [String] = []
        for row in AuthorizationMatrix.rows {
            for persona in Persona.allCases {
                let probe = try row.request(fixture, persona)
                let pathOnly = String(probe.path.prefix { $0 != "?" })
                guard Self.path(pathOnly, matches: row.operation.path) else {
                    failures.append("\(row.operation): the row's path \(probe.path) does not match its template")
                    break
                }
                let response = try fixture.server.send(
                    row.operation.method, probe.path, token: fixture.token(persona),
                    headers: probe.headers, json: probe.json)
                let expected = row.expected[persona]!
                if response.status != expected {
                    failures.append(
                        "\(row.operation.method) \(probe.path) as \(persona): \(response.status), "
                            + "expected \(expected) — \(response.text.prefix(300))")
                } else if expected >= 400 && response.headers["content-type"] != "application/problem+json" {
                    failures.append(
                        "\(row.operation.method) \(probe.path) as \(persona): \(expected) is not problem+json")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches:\n\(failures.joined(separator: "\n"))")
    }

    /// Whether a concrete path fits a template such as `/v1/missions/{id}`.
    static func path(_ path: String, matches template: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let expected = template.split(separator: "/", omittingEmptySubsequences: false)
        return segments.count == expected.count
            && zip(segments, expected).allSatisfy { segment, pattern in
                pattern.hasPrefix("{") && pattern.hasSuffix("}") ? !segment.isEmpty : segment == pattern
            }
    }
}
