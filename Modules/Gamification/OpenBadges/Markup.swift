/// Reading back markup written with `HTMLEscape.text` (Shared/HTML), for baked badges.
enum Markup {
    /// Reverses `HTMLEscape.text` for the five references it writes.
    static func unescape(_ text: String) -> String {
        text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&quot;", with: "\"")
            .replacingAll("&#39;", with: "'").replacingAll("&amp;", with: "&")
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        precondition(!target.isEmpty, "cannot replace an empty string")
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
