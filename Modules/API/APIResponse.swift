import Foundation
import HTTP
import Workflows

/// The API's JSON responses.
extension HTTPResponse {
    /// The encoder of every JSON response: keys sorted, so representations are stable.
    /// A representation that is not a stored record with a revision (a list, a reference) gets a
    /// strong `ETag` derived from its content, so clients can cache and compare it too.
    static func apiJSON(_ value: some Encodable, status: HTTPStatus = .ok) throws -> HTTPResponse {
        var response = try HTTPResponse.json(value, status: status, encoder: APIJSON.encoder)
        response.headers["ETag"] = ETag.content(response.body)
        return response
    }

    /// ``apiJSON(_:status:)`` for a representation written straight into bytes.
    static func apiJSON(_ value: some DirectJSON, status: HTTPStatus = .ok) throws -> HTTPResponse {
        var response = HTTPResponse.directJSON(value, status: status)
        response.headers["ETag"] = ETag.content(response.body)
        return response
    }

    /// ``resource(_:revision:status:location:)`` for a representation written straight into bytes.
    static func resource(
        _ value: some DirectJSON, revision: Int, status: HTTPStatus = .ok,
        location: String? = nil
    ) throws -> HTTPResponse {
        var response = HTTPResponse.directJSON(value, status: status)
        response.headers["ETag"] = ETag.make(revision)
        if let location { response.headers["Location"] = location }
        return response
    }

    /// A versioned resource with its `ETag`.
    static func resource(
        _ value: some Encodable, revision: Int, status: HTTPStatus = .ok,
        location: String? = nil
    ) throws -> HTTPResponse {
        var response = try HTTPResponse.json(value, status: status, encoder: APIJSON.encoder)
        response.headers["ETag"] = ETag.make(revision)
        if let location { response.headers["Location"] = location }
        return response
    }

    /// A response recorded for an `Idempotency-Key`, as first sent or replayed.
    init(_ recorded: RecordedResponse) {
        var headers: HTTPFields = ["Content-Type": HTTPResponse.jsonMediaType]
        if let location = recorded.location { headers["Location"] = location }
        if let etag = recorded.etag { headers["ETag"] = etag }
        self.init(status: HTTPStatus(code: recorded.status), headers: headers, body: recorded.body)
    }
}

enum APIJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` as the content of a recorded response.
    static func recorded(
        _ value: some Encodable, status: Int, location: String? = nil,
        revision: Int? = nil
    ) throws -> RecordedResponse {
        RecordedResponse(
            status: status, location: location, etag: revision.map(ETag.make),
            body: Array(try encoder.encode(value)))
    }
}

extension APIRequest {
    /// Runs a creating action once per `Idempotency-Key` (see ``Workflows/idempotent(key:user:fingerprint:_:)``).
    func idempotent(_ action: (Workflows.Transaction) throws -> RecordedResponse) throws -> HTTPResponse {
        guard case .user(let user) = try caller() else { preconditionFailure("the API's callers are users") }
        return HTTPResponse(
            try workflows.idempotent(
                key: try idempotencyKey(), user: user, fingerprint: fingerprint,
                action))
    }
}
