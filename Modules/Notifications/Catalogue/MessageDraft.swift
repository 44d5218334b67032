import HTML

/// The shape every message shares: a subject, paragraphs, an optional list, one call to action
/// (a link built from the base URL) and an optional note; rendered once as plain text and once
/// as HTML, where every piece of text is escaped. Messages hold no markup of their own.
struct MessageDraft {
    /// One line of a list, with its own link when it has one.
    struct Item {
        var text: String
        var path: String?
    }

    var subject: String
    var paragraphs: [String]
    var items: [Item] = []
    var action: (label: String, path: String)
    /// A closing note, e.g. how to mute digests, with its link.
    var note: (text: String, path: String)?

    /// The text and HTML bodies; `baseURL` has no trailing slash, paths start with `/`.
    func rendered(baseURL: String) -> RenderedMessage {
        let link = { (path: String) in baseURL + path }
        var text = "Bonjour,\n\n" + paragraphs.map { $0 + "\n\n" }.joined()
        if !items.isEmpty {
            text += items.map { "- " + $0.text + ($0.path.map { " : " + link($0) } ?? "") + "\n" }.joined() + "\n"
        }
        text += "\(action.label) : \(link(action.path))\n"
        if let note { text += "\n\(note.text) \(link(note.path))\n" }
        text += "\n-- \n\(Self.signature)\n\(Self.automatic)\n"

        let escape = HTMLEscape.text
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>\(escape(subject))</title></head>
            <body style="font-family: Marianne, Arial, sans-serif; color: #161616; line-height: 1.5;">
            <p>Bonjour,</p>

            """
        html += paragraphs.map { "<p>\(escape($0))</p>\n" }.joined()
        if !items.isEmpty {
            html +=
                "<ul>\n"
                + items.map { item in
                    let label = escape(item.text)
                    return "<li>" + (item.path.map { "<a href=\"\(escape(link($0)))\">\(label)</a>" } ?? label)
                        + "</li>\n"
                }.joined() + "</ul>\n"
        }
        html +=
            "<p><a href=\"\(escape(link(action.path)))\" style=\"color: #000091; font-weight: bold;\">"
            + "\(escape(action.label))</a></p>\n"
        if let note {
            html +=
                "<p style=\"color: #666666; font-size: 0.9em;\">\(escape(note.text)) "
                + "<a href=\"\(escape(link(note.path)))\">\(escape(link(note.path)))</a></p>\n"
        }
        html +=
            "<p style=\"color: #666666; font-size: 0.9em;\">\(escape(Self.signature))<br>\(escape(Self.automatic))</p>\n"
        html += "</body>\n</html>\n"
        return RenderedMessage(subject: subject, text: text, html: html)
    }

    static let signature = "L'équipe Partagez vos talents numériques"
    static let automatic = "Ce message est envoyé automatiquement : merci de ne pas y répondre."
}
