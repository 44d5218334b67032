public import FoundationEssentials

extension HTTPRequest {
    /// Decodes the content as JSON into `T`.
    ///
    /// Throws a 415 problem when `Content-Type` names another media type, and a 400 problem
    /// whose `errors` name the offending field when the content does not decode.
    public func decode<T: Decodable>(_ type: T.Type = T.self, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        if let contentType = headers["Content-Type"], !Self.isJSON(contentType) {
            throw ProblemDetails(
                status: .unsupportedMediaType,
                detail: "The content must be JSON (application/json), not \(contentType).")
        }
        do {
            return try decoder.decode(T.self, from: Data(body))
        } catch let error as DecodingError {
            throw Self.problem(for: error)
        }
    }

    /// `application/json` or any `+json` type, parameters ignored.
    private static func isJSON(_ contentType: String) -> Bool {
        var mediaType = contentType.prefix { $0 != ";" }
        while mediaType.first?.isWhitespace == true { mediaType.removeFirst() }
        while mediaType.last?.isWhitespace == true { mediaType.removeLast() }
        let lowercased = mediaType.lowercased()
        return lowercased == "application/json" || lowercased.hasPrefix("application/") && lowercased.hasSuffix("+json")
    }

    private static func problem(for error: DecodingError) -> ProblemDetails {
        let (context, code, message): (DecodingError.Context, String, String)
        switch error {
        case .keyNotFound(let key, let keyContext):
            let path = keyContext.codingPath + [key]
            return invalid(field: fieldPath(path), code: "required", message: "This field is required.")
        case .valueNotFound(_, let valueContext):
            (context, code, message) = (valueContext, "required", "This field must not be null.")
        case .typeMismatch(let expected, let mismatchContext):
            (context, code, message) = (mismatchContext, "type", "This field must be \(describe(expected)).")
        case .dataCorrupted(let corruptContext):
            (context, code, message) = (corruptContext, "invalid", "This value is invalid.")
        @unknown default:
            return ProblemDetails(status: .badRequest, detail: "The content is not valid JSON for this request.")
        }
        guard !context.codingPath.isEmpty else {
            return ProblemDetails(status: .badRequest, detail: "The content is not valid JSON for this request.")
        }
        return invalid(field: fieldPath(context.codingPath), code: code, message: message)
    }

    private static func invalid(field: String, code: String, message: String) -> ProblemDetails {
        ProblemDetails(
            status: .badRequest, detail: "The content has an invalid field: \(field).",
            errors: [.init(field: field, code: code, message: message)])
    }

    /// `skills[2].name` form.
    private static func fieldPath(_ path: [any CodingKey]) -> String {
        var result = ""
        for key in path {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return result
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is any BinaryInteger.Type: "an integer"
        case is any BinaryFloatingPoint.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
