import Domain
import Foundation
import HTTP
import Support
import Workflows

/// A request as the API's handlers see it: the HTTP request, the caller, and the conventions.
struct APIRequest {
    let http: HTTPRequest
    let workflows: Workflows
    /// The authenticated user, when the request carries a valid bearer token.
    let user: User?

    /// Reads the bearer token, if any; an invalid one is refused even on public routes.
    init(_ http: HTTPRequest, workflows: Workflows) throws {
        self.http = http
        self.workflows = workflows
        if let authorization = http.headers["Authorization"] {
            guard authorization.count > 7, authorization.prefix(7).lowercased() == "bearer " else {
                throw AuthenticationError.invalidToken
            }
            user = try workflows.authenticate(token: String(authorization.dropFirst(7)))
        } else {
            user = nil
        }
    }

    /// The caller, who must be authenticated.
    /// - Throws: ``AuthenticationError/missingCredentials``.
    func caller() throws -> Caller {
        guard let user else { throw AuthenticationError.missingCredentials }
        return .user(user)
    }

    /// The JSON content decoded as `T`: see ``decode(_:from:)``.
    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try Self.decode(type, from: http)
    }

    /// The JSON content of `http` decoded as `T`, the one way the API reads a body: 415 when it is
    /// not JSON, 400 with the field when it does not decode, 422 `text-control-character` naming
    /// the first string that holds a control character (``JSONTextCheck``).
    static func decode<T: Decodable>(_ type: T.Type = T.self, from http: HTTPRequest) throws -> T {
        let value = try http.decode(type)
        try JSONTextCheck.check(http.body)
        return value
    }

    /// The identifier in path parameter `name`; a non-number is a 404 (no such resource).
    func id<Tag>(_ name: String = "id", _ subject: String) throws -> ID<Tag> {
        guard let raw = http.parameters[name], let id = ID<Tag>(raw), id.rawValue > 0 else {
            throw NotFoundError(subject, key: http.parameters[name] ?? "")
        }
        return id
    }

    /// The revision `If-Match` names (required on every state change).
    /// - Throws: ``PreconditionError``.
    func ifMatch() throws -> Int {
        guard let value = http.headers["If-Match"] else { throw PreconditionError.ifMatchRequired }
        guard let revision = ETag.revision(value) else { throw PreconditionError.ifMatchMalformed }
        return revision
    }

    /// The `Idempotency-Key`, validated, or nil.
    func idempotencyKey() throws -> String? {
        guard let key = http.headers["Idempotency-Key"] else { return nil }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw IdempotencyError.invalidKey
        }
        return key
    }

    /// What identifies this request for idempotency: method, path and content.
    var fingerprint: [UInt8] {
        var hash = SHA256()
        hash.update(http.method.rawValue)
        hash.update(" \(http.path)\n")
        hash.update(http.body)
        return hash.finalize().bytes
    }
}

/// Our `ETag`s: the revision of a stored record, as a strong quoted string (RFC 9110 §8.8.3).
enum ETag {
    static func make(_ revision: Int) -> String { "\"\(revision)\"" }

    /// `"c-<hex>"`: the first 16 bytes of the content's SHA-256.
    static func content(_ body: [UInt8]) -> String {
        "\"c-\(Hex.encode(SHA256.hash(body).bytes.prefix(16)))\""
    }

    static func revision(_ field: String) -> Int? {
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 3, trimmed.first == "\"", trimmed.last == "\"" else { return nil }
        return Int(trimmed.dropFirst().dropLast())
    }
}
