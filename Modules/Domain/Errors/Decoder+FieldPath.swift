extension Decoder {
    /// The coding path as a field path for errors: `window.end`, `skills[2].level`;
    /// nil at the top level.
    var fieldPath: String? {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path.isEmpty ? nil : path
    }
}
