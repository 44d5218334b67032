import Domain
import Foundation

/// The ``TextInput`` rule over a whole JSON body: every string value at any depth, checked in
/// one place (the API's decoder, ``APIRequest/decode(_:from:)``), so no route can forget it.
enum JSONTextCheck {
    /// Checks every string of `body`, already known to decode.
    /// - Throws: ``TextInputError`` naming the first string that holds a control character by its
    ///   path (`title`, `skills[2].name`; `$` for a bare string).
    static func check(_ body: [UInt8]) throws {
        guard mayHoldRefusedCharacter(body),
            let value = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        else { return }
        try check(value, path: "")
    }

    /// Whether `body` may hold a refused character at all. Inside a JSON string, a control
    /// character below U+0020 can only be escaped (RFC 8259 §7: `\u0000`, `\b`, `\f`, `\r`…);
    /// DEL may also come raw. Most bodies have neither and are not parsed twice.
    static func mayHoldRefusedCharacter(_ body: [UInt8]) -> Bool {
        var escaped = false
        for byte in body {
            if byte == 0x7F { return true }
            if escaped {
                // b, f, r, u
                if byte == 0x62 || byte == 0x66 || byte == 0x72 || byte == 0x75 { return true }
                escaped = false
            } else if byte == 0x5C {
                escaped = true
            }
        }
        return false
    }

    private static func check(_ value: Any, path: String) throws {
        switch value {
        case let text as String:
            try TextInput.check(text, field: path.isEmpty ? "$" : path)
        case let array as [Any]:
            for (index, element) in array.enumerated() { try check(element, path: "\(path)[\(index)]") }
        case let object as [String: Any]:
            // In key order, so the field reported does not depend on hashing.
            for key in object.keys.sorted() {
                try check(object[key]!, path: path.isEmpty ? key : "\(path).\(key)")
            }
        default:
            break
        }
    }
}
