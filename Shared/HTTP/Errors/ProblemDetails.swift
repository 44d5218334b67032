/// A problem details object (RFC 9457), sent as `application/problem+json`.
///
/// `type` is a stable URI chosen by the caller (for example
/// `https://talents.numerique.gouv.fr/problems/validation`); `about:blank` means the problem
/// is fully described by its status, and then `title` is the status' reason phrase
/// (RFC 9457 §4.2.1). Throw it from a handler to answer with it.
public struct ProblemDetails: HTTPResponseError, Codable, Equatable, Sendable {
    /// One invalid input field, for validation problems.
    public struct FieldError: Codable, Equatable, Sendable {
        /// The field, as a path such as `title` or `skills[2].name`.
        public var field: String
        /// A stable machine-readable code, e.g. `required`, `too_long`.
        public var code: String
        /// A human-readable explanation.
        public var message: String

        /// A field error.
        public init(field: String, code: String, message: String) {
            self.field = field
            self.code = code
            self.message = message
        }
    }

    /// The media type of a rendered problem (RFC 9457 §3).
    public static let mediaType = "application/problem+json"

    /// A URI identifying the problem type.
    public var type: String
    /// A short summary of the problem type.
    public var title: String
    /// The HTTP status.
    public var status: HTTPStatus
    /// An explanation of this occurrence, for the client.
    public var detail: String?
    /// A URI identifying this occurrence.
    public var instance: String?
    /// The invalid fields, for validation problems.
    public var errors: [FieldError]?

    /// A problem; `title` defaults to the status' reason phrase.
    public init(
        type: String = "about:blank", title: String? = nil, status: HTTPStatus, detail: String? = nil,
        instance: String? = nil, errors: [FieldError]? = nil
    ) {
        self.type = type
        self.title = title ?? status.reasonPhrase
        self.status = status
        self.detail = detail
        self.instance = instance
        self.errors = errors
    }

    /// The problem as an `application/problem+json` response with its status, never stored by a
    /// cache (it describes one request, and may name what the client sent) and never sniffed as
    /// another media type.
    public func makeResponse() -> HTTPResponse {
        var response = HTTPResponse(status: status, contentType: Self.mediaType, body: renderJSON())
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    }

    /// The JSON object, members in a fixed order: type, title, status, detail, instance, errors.
    func renderJSON() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.member("type", string: type)
        json.member("title", string: title)
        json.member("status", integer: status.code)
        if let detail { json.member("detail", string: detail) }
        if let instance { json.member("instance", string: instance) }
        if let errors {
            json.key("errors")
            json.beginArray()
            for error in errors {
                json.beginObject()
                json.member("field", string: error.field)
                json.member("code", string: error.code)
                json.member("message", string: error.message)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        return json.bytes
    }

    private enum CodingKeys: String, CodingKey {
        case type, title, status, detail, instance, errors
    }

    /// Decodes a problem, e.g. in a client or a test.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(Int.self, forKey: .status)
        guard (100...599).contains(code) else {
            throw DecodingError.dataCorruptedError(
                forKey: .status, in: container, debugDescription: "not an HTTP status")
        }
        self.init(
            type: try container.decodeIfPresent(String.self, forKey: .type) ?? "about:blank",
            title: try container.decodeIfPresent(String.self, forKey: .title),
            status: HTTPStatus(code: code),
            detail: try container.decodeIfPresent(String.self, forKey: .detail),
            instance: try container.decodeIfPresent(String.self, forKey: .instance),
            errors: try container.decodeIfPresent([FieldError].self, forKey: .errors))
    }

    /// Encodes the problem with the status as a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(status.code, forKey: .status)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encodeIfPresent(instance, forKey: .instance)
        try container.encodeIfPresent(errors, forKey: .errors)
    }
}
