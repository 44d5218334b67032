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

    @Test func queryLinksPercentEncodeEveryReservedByte() {
        #expect(
            URLQuery.link("/missions", [("q", "données & \"ux\""), ("page", nil), ("x", "")])
                == "/missions?q=donn%C3%A9es%20%26%20%22ux%22")
        #expect(URLQuery.link("/missions", []) == "/missions")
        #expect(URLQuery.encode("a=b&c#d/e?") == "a%3Db%26c%23d%2Fe%3F")
    }
}
