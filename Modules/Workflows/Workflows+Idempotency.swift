public import Domain
public import Persistence

extension Workflows {
    /// Runs `action` once per `key` of `user`: the first time in one write transaction together
    /// with the record of its response; later, with the same request, the recorded response is
    /// replayed without acting again. Without a key, `action` simply runs.
    ///
    /// - Parameters:
    ///   - fingerprint: identifies the request (method, path, content); a key reused for another
    ///     request is refused.
    ///   - action: the use case, on the transaction's connection, returning the response to record.
    /// - Throws: ``IdempotencyError/keyReused`` or whatever `action` throws (then nothing is recorded).
    public func idempotent(key: String?, user: User, fingerprint: [UInt8],
                           _ action: (Connection) throws -> IdempotencyStore.Response) throws -> IdempotencyStore.Response {
        try database.write { connection in
            guard let key else { return try action(connection) }
            let store = IdempotencyStore(connection)
            if let recorded = try store.find(userID: user.id, key: key) {
                guard recorded.fingerprint == fingerprint else { throw IdempotencyError.keyReused }
                return recorded.response
            }
            let response = try action(connection)
            try store.insert(userID: user.id, key: key, fingerprint: fingerprint, response: response, at: clock.now)
            return response
        }
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
