import Domain
import HTML

/// The SVG image of a badge class: a medal in the nature's colour with its French name,
/// accessible (`role="img"`, title and description). It starts with `<svg`, as badge bakers expect.
public enum BadgeImage {
    /// The media type of the images.
    public static let mediaType = "image/svg+xml"

    /// The image of `badge`.
    public static func svg(_ badge: MissionNatureBadge) -> String {
        let white = "#ffffff"
        let font = "Marianne, Arial, sans-serif"
        let lines = wrap(badge.nature.label, width: 16)
        let firstLine = 118 - (lines.count - 1) * 11
        let text = lines.enumerated().map { index, line in
            #"<text x="100" y="\#(firstLine + index * 22)" font-size="17" font-weight="bold" "#
                + #"text-anchor="middle" fill="\#(white)">\#(HTMLEscape.text(line))</text>"#
        }.joined()
        return #"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200" "#
            + #"role="img" aria-labelledby="badge-title badge-desc">"#
            + #"<title id="badge-title">\#(HTMLEscape.text(badge.name))</title>"#
            + #"<desc id="badge-desc">Diplôme virtuel du programme Partagez vos talents numériques.</desc>"#
            + #"<circle cx="100" cy="100" r="96" fill="\#(badge.colour)"/>"#
            + #"<circle cx="100" cy="100" r="84" fill="none" stroke="\#(white)" stroke-width="3"/>"#
            + #"<text x="100" y="62" font-size="13" text-anchor="middle" fill="\#(white)" "#
            + #"font-family="\#(font)">Talents numériques</text>"#
            + #"<g font-family="\#(font)">\#(text)</g>"#
            + "</svg>\n"
    }

    /// Splits `text` into lines of at most `width` characters at spaces (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
