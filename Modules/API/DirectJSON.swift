import HTTP

/// A representation that writes its JSON straight into bytes, byte for byte what
/// ``APIJSON/encoder`` writes for it (members in sorted key order, absent optionals left out,
/// `/` not escaped), without an encoder per request. Hot representations conform (missions);
/// a test compares both writings over the demo data.
protocol DirectJSON: Encodable {
    /// Appends the JSON of the value to `bytes`.
    func appendJSON(to bytes: inout [UInt8])
}

extension DirectJSON {
    /// The JSON of the value.
    var jsonBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        appendJSON(to: &bytes)
        return bytes
    }
}

extension HTTPResponse {
    /// A response whose content is `value`'s JSON, written straight into bytes.
    static func directJSON(_ value: some DirectJSON, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": HTTPResponse.jsonMediaType], body: value.jsonBytes)
    }
}
