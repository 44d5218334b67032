/// The URL- and filename-safe base 64 alphabet of RFC 4648 §5, without `=` padding.
///
/// Its output can go in a URL, a header or a file name unescaped; it is the form of the
/// opaque tokens of ``SecureRandom/token(byteCount:)``.
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// `bytes` in base64url, without padding.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        let bytes = Array(bytes)
        var utf8 = [UInt8]()
        utf8.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            // Three bytes make four sextets; a final group of 1 or 2 bytes makes 2 or 3.
            let group = min(3, bytes.count - index)
            var chunk = UInt32(bytes[index]) << 16
            if group > 1 { chunk |= UInt32(bytes[index + 1]) << 8 }
            if group > 2 { chunk |= UInt32(bytes[index + 2]) }
            for sextet in 0...group {
                utf8.append(alphabet[Int((chunk >> (18 - 6 * UInt32(sextet))) & 0x3f)])
            }
            index += 3
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The bytes spelled by unpadded base64url `text`, or nil when it holds a character
    /// outside the alphabet (padding included), has an impossible length, or is not the
    /// canonical encoding (RFC 4648 §3.5: unused trailing bits must be zero).
    public static func decode(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 4 != 1 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(utf8.count * 3 / 4)
        var index = 0
        while index < utf8.count {
            let group = min(4, utf8.count - index)
            var chunk: UInt32 = 0
            for offset in 0..<4 {
                let sextet: UInt8
                if offset < group {
                    guard let value = value(of: utf8[index + offset]) else { return nil }
                    sextet = value
                } else {
                    sextet = 0
                }
                chunk = chunk << 6 | UInt32(sextet)
            }
            let produced = group - 1
            // Bits below the last produced byte must be zero in a canonical encoding.
            let unusedMask: UInt32 = (1 << UInt32(8 * (3 - produced))) - 1
            guard chunk & unusedMask == 0 else { return nil }
            for byte in 0..<produced {
                bytes.append(UInt8(truncatingIfNeeded: chunk >> (16 - 8 * UInt32(byte))))
            }
            index += 4
        }
        return bytes
    }

    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "-"): 62
        case UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
