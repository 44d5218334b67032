/// A minimal JSON writer for the server's own documents (problems), so rendering an error
/// can neither fail nor depend on an encoder's key order.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    mutating func beginObject() {
        separate()
        bytes.append(0x7B)
        needsComma = false
    }
    mutating func endObject() {
        bytes.append(0x7D)
        needsComma = true
    }
    mutating func beginArray() {
        bytes.append(0x5B)
        needsComma = false
    }
    mutating func endArray() {
        bytes.append(0x5D)
        needsComma = true
    }

    mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(ASCII.colon)
        needsComma = false
    }

    mutating func member(_ name: String, string value: String) {
        key(name)
        appendString(value)
        needsComma = true
    }

    mutating func member(_ name: String, integer value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(ASCII.comma) }
    }

    /// A JSON string with the escapes of RFC 8259 §7.
    private mutating func appendString(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
