import HTML

/// Baking an assertion into an SVG badge, per the Open Badges 2.0 baking specification
/// (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/baking/index.html#svg):
/// the root `svg` element declares `xmlns:openbadges="http://openbadges.org"` and its first child
/// is `<openbadges:assertion verify="URL">` holding the assertion JSON in a CDATA section.
public enum BadgeBaking {
    /// The namespace of the baked element.
    public static let namespace = "http://openbadges.org"

    /// What a baked SVG carries.
    public struct Baked: Hashable, Sendable {
        /// The `verify` attribute: the assertion's URL.
        public let verifyURL: String
        /// The assertion JSON of the CDATA section.
        public let assertionJSON: String
    }

    /// `svg` with the assertion baked in. `svg` must start with an `<svg` element (a programmer
    /// error otherwise); `]]>` inside the JSON (only possible within strings) is written `]]\u003e`.
    public static func bake(svg: String, assertionJSON: String, verifyURL: String) -> String {
        guard svg.hasPrefix("<svg"), let rootEnd = svg.firstIndex(of: ">") else {
            preconditionFailure("a badge image must start with its <svg> element")
        }
        let json = assertionJSON.replacingAll("]]>", with: "]]\\u003e")
        let head = svg[..<rootEnd]
        let selfClosing = head.hasSuffix("/")
        let attributes = selfClosing ? head.dropLast() : head
        let element =
            #"<openbadges:assertion verify="\#(HTMLEscape.text(verifyURL))"><![CDATA[\#(json)]]>"#
            + "</openbadges:assertion>"
        let rest = svg[svg.index(after: rootEnd)...]
        return attributes + #" xmlns:openbadges="\#(namespace)">"# + element + (selfClosing ? "</svg>" : "") + rest
    }

    /// The assertion baked in `svg`, or nil when there is none.
    public static func unbake(_ svg: String) -> Baked? {
        guard let start = svg.firstRange(of: "<openbadges:assertion"),
            let cdata = svg[start.upperBound...].firstRange(of: "<![CDATA["),
            let cdataEnd = svg[cdata.upperBound...].firstRange(of: "]]>")
        else { return nil }
        let tag = svg[start.upperBound..<cdata.lowerBound]
        guard let verify = tag.firstRange(of: #"verify=""#),
            let quote = tag[verify.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return Baked(
            verifyURL: Markup.unescape(String(tag[verify.upperBound..<quote])),
            assertionJSON: String(svg[cdata.upperBound..<cdataEnd.lowerBound]))
    }
}
