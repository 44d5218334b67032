import HTML
import Testing

@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndLiteralsAreNot() {
        let title = "<script>alert('x')</script> & \"co\""
        let page: HTML = "<h1 class=\"t\">\(title)</h1>"
        #expect(
            page.rendered == "<h1 class=\"t\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</h1>"
        )
    }

    @Test func anAttributeValueCannotBreakOutOfItsQuotes() {
        for hostile in ["\" onmouseover=\"alert(1)", "' autofocus onfocus='alert(1)", "x\"><script>alert(1)</script>"] {
            let double: HTML = "<input value=\"\(hostile)\">"
            let single: HTML = "<input value='\(hostile)'>"
            for markup in [double.rendered, single.rendered] {
                let value = markup.dropFirst("<input value=.".count).dropLast(2)
                #expect(
                    !value.contains("\"") && !value.contains("'") && !value.contains("<") && !value.contains(">"),
                    "\(markup)")
            }
        }
    }

    @Test func ampersandsAreEscapedOnceAndUnicodeIsKept() {
        let text = "R&D &amp; l’équipe — 🇫🇷"
        let html: HTML = "\(text)"
        #expect(html.rendered == "R&amp;D &amp;amp; l’équipe — 🇫🇷")
    }

    @Test func fragmentsAreInsertedAsIsAndRawMarkupNeedsTheNamedAPI() {
        let item: HTML = "<li>\("a<b")</li>"
        let list: HTML = "<ul>\(item)\(HTML.unescaped("<li><b>ok</b></li>"))</ul>"
        #expect(list.rendered == "<ul><li>a&lt;b</li><li><b>ok</b></li></ul>")
        let missing: HTML? = nil
        let optional: HTML = "[\(missing)]"
        #expect(optional.rendered == "[]")
    }

    @Test func sequencesNumbersAndBooleanAttributes() {
        let names = ["<i>", "b"]
        let item: (String) -> HTML = { name in "<li>\(name)</li>" }
        let html: HTML =
            "<ol>\(each: names, item)</ol><p>\(42)</p><input\(attribute: "checked", if: true)\(attribute: "required", if: false)>"
        #expect(html.rendered == "<ol><li>&lt;i&gt;</li><li>b</li></ol><p>42</p><input checked>")
        #expect(HTML.joined(["a", "b"] as [HTML], separator: ", ").rendered == "a, b")
    }

    @Test func everySpecialCharacterHasItsReferenceWhereverItStands() {
        let references: [(String, String)] = [
            ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")
        ]
        for (character, reference) in references {
            for (text, expected) in [
                (character, reference), ("a\(character)", "a\(reference)"), ("\(character)b", "\(reference)b"),
                ("a\(character)b", "a\(reference)b"), ("\(character)\(character)", reference + reference),
                ("é\(character)🇫🇷", "é\(reference)🇫🇷")
            ] {
                let html: HTML = "<p title=\"\(text)\">\(text)</p>"
                #expect(html.rendered == "<p title=\"\(expected)\">\(expected)</p>")
                #expect(HTMLEscape.text(text) == expected)
            }
        }
        let all = "&<>\"'"
        #expect(HTMLEscape.text(all) == "&amp;&lt;&gt;&quot;&#39;")
    }

    @Test func escapingMatchesTheCharacterByCharacterDefinition() {
        // The definition the byte-level escape must keep: each scalar, its reference or itself.
        func reference(_ text: String) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": output += "&amp;"
                case "<": output += "&lt;"
                case ">": output += "&gt;"
                case "\"": output += "&quot;"
                case "'": output += "&#39;"
                default: output.unicodeScalars.append(scalar)
                }
            }
            return output
        }
        let alphabet: [String] = [
            "a", "Z", "0", " ", "&", "<", ">", "\"", "'", "é", "e\u{301}", "’", "—", "🇫🇷", "\n", "\u{0}", "#"
        ]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let html: HTML = "\(text)"
            #expect(html.rendered == reference(text), "\(text)")
            #expect(html.bytes == Array(reference(text).utf8))
            #expect(HTMLEscape.text(text) == reference(text))
        }
    }

    @Test func textWithoutSpecialCharactersIsKeptAsIs() {
        for text in ["", "plain", "l’équipe — données", String(repeating: "x", count: 10_000)] {
            let html: HTML = "\(text)"
            #expect(html.rendered == text)
            #expect(HTMLEscape.text(text) == text)
        }
        let empty: HTML = "\("")"
        #expect(empty.bytes.isEmpty && empty == .empty && HTML.empty.rendered.isEmpty)
    }

    @Test func substringsAndOtherTextAreEscapedToo() {
        let text = "x<y>z"
        let part = text.dropFirst()
        let html: HTML = "[\(part)][\(Character("&").description)]"
        #expect(html.rendered == "[&lt;y&gt;z][&amp;]")
    }

    @Test func numbersOfEveryWidthAndSign() {
        let html: HTML = "\(0) \(7) \(-42) \(Int.max) \(Int.min) \(UInt8(255)) \(Int64(-9)) \(UInt.max)"
        #expect(
            html.rendered
                == "0 7 -42 \(Int.max) \(Int.min) 255 -9 \(UInt.max)")
    }

    @Test func nestedFragmentsAreCopiedExactly() {
        let cell: (Int) -> HTML = { "<td>\($0)\("<&>")</td>" }
        let row: (Int) -> HTML = { index in "<tr>\(each: 0..<3, { cell(index * 3 + $0) })</tr>" }
        let table: HTML = "<table>\(each: 0..<2, row)</table>"
        let page: HTML = "<main>\(table)\(table)</main>"
        let expectedTable =
            "<table><tr><td>0&lt;&amp;&gt;</td><td>1&lt;&amp;&gt;</td><td>2&lt;&amp;&gt;</td></tr>"
            + "<tr><td>3&lt;&amp;&gt;</td><td>4&lt;&amp;&gt;</td><td>5&lt;&amp;&gt;</td></tr></table>"
        #expect(page.rendered == "<main>\(expectedTable)\(expectedTable)</main>")
        #expect(page.bytes == Array(page.rendered.utf8))
        #expect(page.description == page.rendered)
        #expect((table + "<p>\("'")</p>").rendered == expectedTable + "<p>&#39;</p>")
    }

    @Test func joinedPutsTheSeparatorBetweenFragmentsOnly() {
        let items: [HTML] = ["<li>\("a&b")</li>", "<li>é</li>", "<li>🇫🇷</li>"]
        #expect(HTML.joined(items).rendered == "<li>a&amp;b</li><li>é</li><li>🇫🇷</li>")
        #expect(HTML.joined(items, separator: "<hr>").rendered == "<li>a&amp;b</li><hr><li>é</li><hr><li>🇫🇷</li>")
        #expect(HTML.joined([] as [HTML], separator: ", ") == .empty)
        #expect(HTML.joined([items[1]], separator: ", ").rendered == "<li>é</li>")
        #expect(HTML.joined([HTML.empty, .empty, .empty], separator: "·").rendered == "··")
        let lazy = (1...3).lazy.map { "<i>\($0)</i>" as HTML }
        #expect(HTML.joined(lazy, separator: " ").rendered == "<i>1</i> <i>2</i> <i>3</i>")
    }

    @Test func aLargePageGrowsItsBufferWithoutLosingAByte() {
        let words = (0..<5_000).map { "mot\($0)<'" }
        let page: HTML = "<ul>\(each: words, { "<li>\($0)</li>" })</ul>"
        let expected = "<ul>" + words.map { "<li>\(HTMLEscape.text($0))</li>" }.joined() + "</ul>"
        #expect(page.rendered == expected)
        #expect(page.hasPrefix("<ul><li>mot0&lt;&#39;") && !page.hasPrefix("<ol>"))
    }

    @Test func queryLinksPercentEncodeEveryReservedByte() {
        #expect(
            URLQuery.link("/missions", [("q", "données & \"ux\""), ("page", nil), ("x", "")])
                == "/missions?q=donn%C3%A9es%20%26%20%22ux%22")
        #expect(URLQuery.link("/missions", []) == "/missions")
        #expect(URLQuery.encode("a=b&c#d/e?") == "a%3Db%26c%23d%2Fe%3F")
    }
}
