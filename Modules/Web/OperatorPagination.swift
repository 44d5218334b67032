import HTML

/// The DSFR pagination (`fr-pagination`) of the operator's lists, by `?page=` links (no script):
/// previous, the page numbers around the current one, next.
enum OperatorPagination {
    /// The pagination of `total` items by `pageSize`, on `page` (1-based); `link` gives the
    /// address of a page. Nothing when everything fits on one page.
    static func html(page: Int, total: Int, pageSize: Int, label: String, link: (Int) -> String) -> HTML {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        guard pages > 1 else { return .empty }
        let numbers = (max(1, page - 2)...min(pages, page + 2)).map { number -> HTML in
            number == page
                ? "<li><a class=\"fr-pagination__link\" aria-current=\"page\" title=\"Page \(number)\">\(number)</a></li>"
                : "<li><a class=\"fr-pagination__link\" href=\"\(link(number))\" title=\"Page \(number)\">\(number)</a></li>"
        }
        let previous: HTML =
            page > 1
            ? "<li><a class=\"fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label\" href=\"\(link(page - 1))\">Page précédente</a></li>"
            : "<li><a class=\"fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label\" aria-disabled=\"true\" role=\"link\">Page précédente</a></li>"
        let next: HTML =
            page < pages
            ? "<li><a class=\"fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label\" href=\"\(link(page + 1))\" rel=\"next\">Page suivante</a></li>"
            : "<li><a class=\"fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label\" aria-disabled=\"true\" role=\"link\">Page suivante</a></li>"
        return """
            <nav role="navigation" class="fr-pagination" aria-label="\(label)">
            <ul class="fr-pagination__list">\(previous)\(HTML.joined(numbers))\(next)</ul>
            </nav>
            """
    }

    /// The page number of `?page=`, 1 when absent or not a positive number.
    static func page(_ text: String?) -> Int {
        text.flatMap { Int($0) }.map { max(1, min($0, 100_000)) } ?? 1
    }
}
