extension MissionNature {
    /// Decodes a nature's raw value; another string throws an ``UnknownValueError`` naming the
    /// field and the natures, so the API answers 422 rather than a bare decoding failure.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let nature = MissionNature(rawValue: text) else {
            throw UnknownValueError(field: decoder.fieldPath, value: text, of: MissionNature.self)
        }
        self = nature
    }
}
