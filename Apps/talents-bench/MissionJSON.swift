/// Renders missions as JSON bytes directly, byte for byte as the anchors' `JSONEncoder` does
/// (same escapes, `/` included; members in declaration order), without an encoder per request.
enum MissionJSON {
    /// `{"id":…,"title":…,"description":…,"status":…,"hours":…,"created_at":…}`.
    static func render(_ mission: Mission) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(
            80 + mission.title.utf8.count + mission.description.utf8.count
                + mission.status.utf8.count + mission.createdAt.utf8.count)
        bytes.append(contentsOf: #"{"id":"#.utf8)
        appendInteger(mission.id, to: &bytes)
        bytes.append(contentsOf: #","title":"#.utf8)
        appendString(mission.title, to: &bytes)
        bytes.append(contentsOf: #","description":"#.utf8)
        appendString(mission.description, to: &bytes)
        bytes.append(contentsOf: #","status":"#.utf8)
        appendString(mission.status, to: &bytes)
        bytes.append(contentsOf: #","hours":"#.utf8)
        appendInteger(mission.hours, to: &bytes)
        bytes.append(contentsOf: #","created_at":"#.utf8)
        appendString(mission.createdAt, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// A decimal integer.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string (RFC 8259 §7): `"` and `\` escaped, `/` as `\/`, the short escapes for
    /// backspace, form feed, line feed, carriage return and tab, other control characters as
    /// `\u00xx`; everything else, non-ASCII included, as UTF-8 — what `JSONEncoder` writes.
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard
                    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
                else {
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(byte, to: &bytes)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x20...: bytes.append(byte)  // " \ /
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]
            ])
        }
    }
}
