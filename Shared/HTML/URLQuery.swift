/// Builds the query of a link from name–value pairs, percent-encoding every byte outside the
/// unreserved set (RFC 3986 §2.3), so a value never changes the link's structure.
public enum URLQuery {
    /// `path?name=value&…`, or `path` alone when no pair has a non-empty value.
    public static func link(_ path: String, _ items: [(name: String, value: String?)]) -> String {
        let pairs = items.compactMap { item -> String? in
            guard let value = item.value, !value.isEmpty else { return nil }
            return "\(encode(item.name))=\(encode(value))"
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    /// `value` percent-encoded for a query component.
    public static func encode(_ value: String) -> String {
        var output = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                output +=
                    "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return output
    }
}
