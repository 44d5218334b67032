public import FoundationEssentials

extension HTTPResponse {
    /// `application/json`, the media type of JSON responses (RFC 8259 §11: no charset).
    public static let jsonMediaType = "application/json"

    /// A response whose content is `value` encoded as JSON.
    public static func json(
        _ value: some Encodable, status: HTTPStatus = .ok, headers: HTTPFields = [:],
        encoder: JSONEncoder = JSONEncoder()
    ) throws -> HTTPResponse {
        var headers = headers
        if headers["Content-Type"] == nil { headers["Content-Type"] = jsonMediaType }
        return HTTPResponse(status: status, headers: headers, body: Array(try encoder.encode(value)))
    }
}
