extension MissionClosure {
    /// Decodes a closure's raw value; another string throws an ``UnknownValueError`` naming the
    /// field and the closures.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let closure = MissionClosure(rawValue: text) else {
            throw UnknownValueError(field: decoder.fieldPath, value: text, of: MissionClosure.self)
        }
        self = closure
    }
}
