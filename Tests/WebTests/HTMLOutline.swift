/// A page's HTML read strictly: every element closed in order (void elements excepted), quoted
/// attributes, unique ids. Keeps the elements with their attributes and text, for assertions on
/// what a page says rather than on its bytes.
struct HTMLOutline {
    /// One element: its name, attributes and the text inside it (entities left encoded).
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    struct Fault: Error, CustomStringConvertible {
        let description: String
    }

    /// Elements with no end tag.
    static let voidElements: Set = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"
    ]

    private(set) var elements: [Element] = []

    /// Reads `html`, or throws the first fault: an unclosed or misnested element, an unquoted
    /// attribute, a duplicate id.
    init(_ html: String) throws {
        let text = Array(html.unicodeScalars)
        var index = 0
        var open: [Int] = []  // indexes in `elements`
        var ids: Set<String> = []
        func fault(_ message: String) -> Fault {
            Fault(
                description:
                    "\(message) at character \(index): …\(String(String.UnicodeScalarView(text[max(0, index - 40)..<min(text.count, index + 40)])))…"
            )
        }
        func starts(_ prefix: String) -> Bool {
            let scalars = Array(prefix.unicodeScalars)
            return index + scalars.count <= text.count && Array(text[index..<index + scalars.count]) == scalars
        }
        func skip(past end: String) throws {
            while index < text.count, !starts(end) { index += 1 }
            guard index < text.count else { throw fault("\(end) missing") }
            index += end.unicodeScalars.count
        }
        while index < text.count {
            guard text[index] == "<" else {
                for element in open { elements[element].text.unicodeScalars.append(text[index]) }
                index += 1
                continue
            }
            if starts("<!--") {
                try skip(past: "-->")
                continue
            }
            if starts("<!") {
                try skip(past: ">")
                continue
            }
            index += 1
            let closing = index < text.count && text[index] == "/"
            if closing { index += 1 }
            var name = ""
            while index < text.count, text[index].properties.isAlphabetic || ("0"..."9").contains(text[index]) {
                name.unicodeScalars.append(text[index])
                index += 1
            }
            name = name.lowercased()
            guard !name.isEmpty else { throw fault("a tag without a name") }
            var attributes: [String: String] = [:]
            while true {
                while index < text.count, text[index].properties.isWhitespace { index += 1 }
                guard index < text.count else { throw fault("an unfinished tag <\(name)") }
                if text[index] == ">" {
                    index += 1
                    break
                }
                if text[index] == "/", index + 1 < text.count, text[index + 1] == ">" {
                    index += 2
                    break
                }
                var attribute = ""
                while index < text.count, !"=> /".unicodeScalars.contains(text[index]),
                    !text[index].properties.isWhitespace
                {
                    attribute.unicodeScalars.append(text[index])
                    index += 1
                }
                guard !attribute.isEmpty else { throw fault("a stray character in <\(name)>") }
                var value = ""
                if index < text.count, text[index] == "=" {
                    index += 1
                    guard index < text.count, text[index] == "\"" || text[index] == "'" else {
                        throw fault("an unquoted value of \(attribute) in <\(name)>")
                    }
                    let quote = text[index]
                    index += 1
                    while index < text.count, text[index] != quote {
                        value.unicodeScalars.append(text[index])
                        index += 1
                    }
                    index += 1
                }
                attributes[attribute.lowercased()] = value
            }
            if closing {
                guard let last = open.last, elements[last].name == name else {
                    throw fault("</\(name)> closes \(open.last.map { "<\(elements[$0].name)>" } ?? "nothing")")
                }
                open.removeLast()
                continue
            }
            if let id = attributes["id"] {
                guard ids.insert(id).inserted else { throw fault("the id \"\(id)\" twice") }
            }
            elements.append(Element(name: name, attributes: attributes))
            if name == "script" || name == "style" {
                try skip(past: "</\(name)>")
            } else if !Self.voidElements.contains(name) {
                open.append(elements.count - 1)
            }
        }
        guard open.isEmpty else { throw fault("<\(elements[open.last!].name)> never closed") }
    }

    /// The elements named `name`, in document order.
    func all(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// The text of the first element named `name`, its spaces collapsed.
    func text(of name: String) -> String? {
        all(name).first.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
}
