import HTML

/// Page numbers over a list the page holds whole (`?page=`, from 1, clamped to the pages there
/// are), and the ``WebPagination`` links between them.
struct ListPagination {
    /// The lines a page shows.
    static let pageSize = WebPagination.pageSize

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

    /// The links to the pages of `path` with the query `items` (the filters kept), as
    /// ``WebPagination`` draws them; nothing when the list fits one page.
    func links(_ path: String, _ items: [(name: String, value: String?)]) -> HTML {
        WebPagination.numbered(current: page, count: pageCount) { number in
            URLQuery.link(path, items + [("page", number == 1 ? nil : String(number))])
        }
    }
}
