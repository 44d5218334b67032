/// A closed list of string values (an enum of the API) whose decoding refuses an unknown value
/// with an ``UnknownValueError`` naming the field and the values allowed (a 422), rather than a
/// bare decoding error; it encodes its raw value.
public protocol ClosedStringValue: RawRepresentable, CaseIterable, Codable where RawValue == String {}

extension ClosedStringValue {
    /// Decodes a raw value; an unknown one is a 422 naming the field and the allowed values.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw UnknownValueError(field: decoder.fieldPath, value: raw, of: Self.self)
        }
        self = value
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
