import HTML

/// Page numbers over a list the page holds whole (`?page=`, from 1), and the DSFR
/// `fr-pagination` links between them, without script.
struct ListPagination {
    /// The lines a page shows.
    static let pageSize = 20

    /// The page shown, within `1...pageCount`.
    let page: Int
    /// How many pages the list makes (at least one).
    let pageCount: Int
    /// How many lines the whole list holds.
    let total: Int

    /// The page asked by `raw` (`?page=`), over `total` lines; an unreadable or out-of-range
    /// number shows the nearest page.
    init(_ raw: String?, total: Int) {
        self.total = total
        pageCount = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        page = min(max(1, raw.flatMap { Int($0) } ?? 1), pageCount)
    }

    /// The lines of `items` on this page.
    func slice<T>(_ items: [T]) -> ArraySlice<T> {
        let start = (page - 1) * Self.pageSize
        return items[min(start, items.count)..<min(start + Self.pageSize, items.count)]
    }

    /// The links to the pages of `path` with the query `items` (the filters kept); nothing when
    /// the list fits one page.
    func links(_ path: String, _ items: [(name: String, value: String?)]) -> HTML? {
        guard pageCount > 1 else { return nil }
        func href(_ number: Int) -> String {
            URLQuery.link(path, items + [("page", number == 1 ? nil : String(number))])
        }
        func link(_ number: Int, _ label: String, _ style: String) -> HTML {
            guard number != page, (1...pageCount).contains(number) else {
                return
                    "<li><a class=\"fr-pagination__link \(style)\" aria-disabled=\"true\" role=\"link\">\(label)</a></li>"
            }
            return "<li><a class=\"fr-pagination__link \(style)\" href=\"\(href(number))\">\(label)</a></li>"
        }
        let window = max(1, page - 2)...min(pageCount, page + 2)
        let numbers = window.map { number -> HTML in
            number == page
                ? "<li><a class=\"fr-pagination__link\" aria-current=\"page\" title=\"Page \(number)\">\(number)</a></li>"
                : "<li><a class=\"fr-pagination__link\" href=\"\(href(number))\" title=\"Page \(number)\">\(number)</a></li>"
        }
        return """
            <nav class="fr-pagination fr-mt-3w" aria-label="Pagination">
            <ul class="fr-pagination__list">
            \(link(1, "Première page", "fr-pagination__link--first"))
            \(link(page - 1, "Page précédente", "fr-pagination__link--prev fr-pagination__link--lg-label"))
            \(HTML.joined(numbers))
            \(link(page + 1, "Page suivante", "fr-pagination__link--next fr-pagination__link--lg-label"))
            \(link(pageCount, "Dernière page", "fr-pagination__link--last"))
            </ul></nav>
            """
    }
}
