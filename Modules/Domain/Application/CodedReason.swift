/// A coded reason with optional free text; the text is required for ``ReasonCode/other``.
public struct CodedReason: Hashable, Sendable {
    /// Maximum length of ``text``, in characters.
    public static let maximumTextLength = 1000

    /// The coded reason.
    public let code: ReasonCode
    /// The free text, trimmed; nil when empty.
    public let text: String?

    /// Validates a reason.
    /// - Throws: ``ApplicationError/reasonTextRequired`` or ``ApplicationError/reasonTextTooLong(count:)``.
    public init(_ code: ReasonCode, text: String? = nil) throws {
        let trimmed = text?.trimmingWhitespace() ?? ""
        guard trimmed.count <= Self.maximumTextLength else {
            throw ApplicationError.reasonTextTooLong(count: trimmed.count)
        }
        guard code != .other || !trimmed.isEmpty else { throw ApplicationError.reasonTextRequired }
        self.code = code
        self.text = trimmed.isEmpty ? nil : trimmed
    }
}

extension CodedReason: Codable {
    private enum CodingKeys: String, CodingKey {
        case code, text
    }

    /// Decodes and validates `{"code": …, "text": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            container.decode(ReasonCode.self, forKey: .code),
            text: container.decodeIfPresent(String.self, forKey: .text))
    }

    /// Encodes `{"code": …, "text": …}`, leaving out an absent text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encodeIfPresent(text, forKey: .text)
    }
}
