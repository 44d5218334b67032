import HTTP

/// JSON values as bytes, with `JSONEncoder`'s escapes.
enum JSONBytes {
    /// A decimal integer (a small string: no allocation).
    static func appendInteger(_ value: some BinaryInteger, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string as `JSONEncoder` writes it with `.withoutEscapingSlashes` (``JSONString``).
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        JSONString.append(value, escapingSlashes: false, to: &bytes)
    }
}
