public import Domain
import Persistence

extension Workflows {
    /// Runs `action` once per `key` of `user`: the first time in one write transaction together
    /// with the record of its response; later, with the same request, the recorded response is
    /// replayed without acting again. Without a key, `action` simply runs.
    ///
    /// - Parameters:
    ///   - fingerprint: identifies the request (method, path, content); a key reused for another
    ///     request is refused.
    ///   - action: the use case, inside the transaction (its `…(…, in:)` variant), returning the
    ///     response to record.
    /// - Throws: ``IdempotencyError/keyReused`` or whatever `action` throws (then nothing is recorded).
    public func idempotent(
        key: String?, user: User, fingerprint: [UInt8],
        _ action: (Transaction) throws -> RecordedResponse
    ) throws -> RecordedResponse {
        try database.write { connection in
            guard let key else { return try action(Transaction(connection)) }
            let store = IdempotencyStore(connection)
            if let recorded = try store.find(userID: user.id, key: key) {
                guard recorded.fingerprint == fingerprint else { throw IdempotencyError.keyReused }
                return RecordedResponse(recorded.response)
            }
            let response = try action(Transaction(connection))
            try store.insert(
                userID: user.id, key: key, fingerprint: fingerprint,
                response: IdempotencyStore.Response(
                    status: response.status, location: response.location,
                    etag: response.etag, body: response.body),
                at: clock.now)
            return response
        }
    }
}

extension RecordedResponse {
    init(_ stored: IdempotencyStore.Response) {
        self.init(status: stored.status, location: stored.location, etag: stored.etag, body: stored.body)
    }
}

/// A misuse of `Idempotency-Key`.
public enum IdempotencyError: DomainError, Equatable {
    /// The key was already used for a different request.
    case keyReused
    /// The key is empty or longer than 255 characters.
    case invalidKey

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .keyReused: "idempotency-key-reused"
        case .invalidKey: "idempotency-key-invalid"
        }
    }

    /// The `Idempotency-Key` header.
    public var field: String? { "Idempotency-Key" }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .keyReused: "This Idempotency-Key was already used for a different request."
        case .invalidKey: "An Idempotency-Key must have 1 to 255 visible ASCII characters."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        self == .keyReused ? .conflict : .invalidValue
    }
}
