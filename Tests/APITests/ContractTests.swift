import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `docs/openapi.yaml` is the contract: it describes exactly the routes the API declares, it is a
/// valid OpenAPI 3.1 document for a third-party validator, and the binary serves it as is.
@Suite struct ContractTests {
    @Test func theDocumentDescribesExactlyTheDeclaredRoutes() throws {
        let declared = try DeclaredRoutes.all()
        let documented = try OpenAPIContract.load().operations
        let undocumented = declared.subtracting(documented).sorted()
        #expect(undocumented.isEmpty, "routes missing from docs/openapi.yaml: \(undocumented)")
        let phantom = documented.subtracting(declared).sorted()
        #expect(phantom.isEmpty, "docs/openapi.yaml documents operations the API does not have: \(phantom)")
    }

    /// An invalid `Idempotency-Key` is a 422 `idempotency-key-invalid` wherever the header is
    /// accepted, so every operation taking it documents a 422.
    @Test func everyOperationTakingAnIdempotencyKeyDocumentsTheInvalidKey422() throws {
        let contract = try OpenAPIContract.load()
        #expect(contract.idempotent.count >= 14, "the reader finds the operations taking the key")
        let missing = contract.idempotent.filter { contract.responses[$0]?.contains("422") != true }.sorted()
        #expect(missing.isEmpty, "operations taking Idempotency-Key without a documented 422: \(missing)")
    }

    /// The README's tour says which `/v1` calls answer without a token: it names each one the
    /// document declares public (it once said "every /v1 call but /v1/skills is a 401").
    @Test func theReadmeNamesEveryPublicV1Operation() throws {
        let contract = try OpenAPIContract.load()
        let unauthenticated = contract.anonymous.filter { $0.path.hasPrefix("/v1/") }
        #expect(
            unauthenticated.contains(Operation("GET", "/v1/skills"))
                && unauthenticated.contains(Operation("GET", "/v1/spotlight")),
            "the reader finds the public operations, token optional or not")
        let readme = try String(
            contentsOf: OpenAPIContract.documentURL.deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let unnamed = unauthenticated.filter { !readme.contains($0.path + "`") }.sorted()
        #expect(unnamed.isEmpty, "public /v1 operations the README does not name: \(unnamed)")
    }

    @Test func theReaderFindsOperationsAndStatusesAndRefusesOtherLayouts() throws {
        let contract = try OpenAPIContract(
            yaml: """
                openapi: 3.1.0
                paths:
                  /v1/things/{id}:
                    parameters:
                      - $ref: "#/components/parameters/ID"
                    get:
                      description: |
                        responses: not a key here
                      responses:
                        "200":
                          description: ok
                        '404':
                          $ref: "#/components/responses/NotFound"
                    delete:
                      security: []
                      parameters:
                        - $ref: "#/components/parameters/IdempotencyKey"
                      responses:
                        "204":
                          description: gone
                components:
                  responses: {}
                """)
        #expect(
            contract.responses == [
                Operation("GET", "/v1/things/{id}"): ["200", "404"],
                Operation("DELETE", "/v1/things/{id}"): ["204"]
            ])
        #expect(contract.idempotent == [Operation("DELETE", "/v1/things/{id}")])
        #expect(contract.anonymous == [Operation("DELETE", "/v1/things/{id}")])
        #expect(throws: OpenAPIContract.LayoutError.self) {
            try OpenAPIContract(yaml: "paths:\n  /a:\n    get:\n      responses: {\"200\": {description: ok}}\n")
        }
        #expect(throws: OpenAPIContract.LayoutError.self) {
            try OpenAPIContract(yaml: "paths:\n  /a:\n    get:\n      summary: no responses\n")
        }
    }

    @Test func theDocumentPassesOpenAPISpecValidator() throws {
        // openapi-spec-validator (PyPI), installed by scripts/setup.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-m", "openapi_spec_validator", "--schema", "3.1",
            OpenAPIContract.documentURL.path
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openapi-spec-validator (run scripts/setup to install it): \(text)")
        #expect(text.contains("OK"))
    }

    @Test func theBinaryServesTheDocumentAsYAML() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try APIServerProcess(database: directory.path("talents.sqlite"))
        defer { server.stop() }
        let response = try server.send("GET", "/openapi.yaml")
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/yaml")
        #expect(
            response.body == (try Data(contentsOf: OpenAPIContract.documentURL)),
            "the binary embeds docs/openapi.yaml at build time; rebuild after editing it")
    }
}
