import HTML
import HTTP

/// The DSFR pagination (`fr-pagination`) of a list shown page by page, as plain links: each page
/// is a GET of the same list with the same filters, so it works without script and can be
/// bookmarked.
enum WebPagination {
    /// The number of items on a numbered page.
    static let pageSize = 20

    /// The page asked by the query's `page` (1 when absent or not a positive number).
    static func pageNumber(_ context: WebContext) -> Int {
        context.http.query.first { $0.name == "page" }.flatMap { Int($0.value) }.map { max(1, $0) } ?? 1
    }

    /// The number of pages that `itemCount` items fill (at least one, an empty list is one page).
    static func pageCount(_ itemCount: Int) -> Int {
        max(1, (itemCount + pageSize - 1) / pageSize)
    }

    /// Numbered pages: first, previous, the pages around `current` (first and last always
    /// shown, gaps as "…"), next, last; `href(n)` links page n. Nothing when one page is all.
    static func numbered(current: Int, count: Int, href: (Int) -> String) -> HTML {
        guard count > 1 else { return .empty }
        let current = min(max(1, current), count)
        let shown = Set([1, count] + Array(max(1, current - 2)...min(count, current + 2))).sorted()
        var items: [HTML] = [
            link("Première page", to: current > 1 ? href(1) : nil, modifier: "first"),
            link("Page précédente", to: current > 1 ? href(current - 1) : nil, modifier: "prev")
        ]
        var previous = 0
        for page in shown {
            if page > previous + 1 { items.append("<li><span class=\"fr-pagination__link\">…</span></li>") }
            items.append(
                page == current
                    ? "<li><a class=\"fr-pagination__link\" aria-current=\"page\" title=\"Page \(page)\">\(page)</a></li>"
                    : "<li><a class=\"fr-pagination__link\" href=\"\(href(page))\" title=\"Page \(page)\">\(page)</a></li>"
            )
            previous = page
        }
        items += [
            link("Page suivante", to: current < count ? href(current + 1) : nil, modifier: "next"),
            link("Dernière page", to: current < count ? href(count) : nil, modifier: "last")
        ]
        return nav(items)
    }

    /// Keyset pagination (a cursor, no count): back to the first page when not on it, and on to
    /// the next when there is one. Nothing when the list fits on its first page. `label` names
    /// the bar when a page has several lists.
    static func following(first: String?, next: String?, label: String = "Pagination") -> HTML {
        guard first != nil || next != nil else { return .empty }
        return nav(
            [
                link("Première page", to: first, modifier: "first"),
                link("Page suivante", to: next, modifier: "next")
            ], label: label)
    }

    private static func nav(_ items: [HTML], label: String = "Pagination") -> HTML {
        """
        <nav class="fr-pagination fr-mt-3w" aria-label="\(label)">
        <ul class="fr-pagination__list">\(HTML.joined(items))</ul>
        </nav>
        """
    }

    /// A link of the bar; without a target it is shown disabled, as the DSFR does.
    private static func link(_ label: String, to href: String?, modifier: String) -> HTML {
        let wide = modifier == "prev" || modifier == "next" ? " fr-pagination__link--lg-label" : ""
        guard let href else {
            return """
                <li><a class="fr-pagination__link fr-pagination__link--\(modifier)\(wide)" aria-disabled="true" role="link">\(label)</a></li>
                """
        }
        return """
            <li><a class="fr-pagination__link fr-pagination__link--\(modifier)\(wide)" href="\(href)">\(label)</a></li>
            """
    }
}
