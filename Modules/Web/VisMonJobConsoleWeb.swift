import Domain
import HTML
import HTTP

/// What the operator's *Vis mon job* pages share: pagination of their lists (``WebPagination``
/// with one `?<parameter>=n` per list) and the edition's state as a badge.
enum VisMonJobConsoleWeb {
    /// The page asked by `parameter` in the query, within 1…last (a wrong value gives the first).
    static func pageNumber(_ context: WebContext, _ parameter: String, count: Int, size: Int) -> Int {
        let last = max(1, (count + size - 1) / size)
        guard let asked = Int(context.http.query[parameter] ?? ""), asked >= 1 else { return 1 }
        return min(asked, last)
    }

    /// The items of page `page`.
    static func slice<T>(_ items: [T], page: Int, size: Int) -> ArraySlice<T> {
        let start = min(items.count, (page - 1) * size)
        return items[start..<min(items.count, start + size)]
    }

    /// The DSFR pagination (``WebPagination``) of a list of `count` items, nothing when it fits in
    /// one page; the links go to `path?parameter=n` then `anchor` (a page holding several lists
    /// pages each by its own parameter).
    static func pagination(
        path: String, parameter: String, current: Int, count: Int, size: Int, anchor: String? = nil
    ) -> HTML {
        let fragment = anchor.map { "#\($0)" } ?? ""
        return WebPagination.numbered(current: current, count: max(1, (count + size - 1) / size)) { page in
            "\(path)?\(parameter)=\(page)\(fragment)"
        }
    }

    /// The French name of an edition's state.
    static func label(_ state: EditionState) -> String {
        switch state {
        case .open: "Inscriptions ouvertes"
        case .matching: "Inscriptions closes, binômes en préparation"
        case .paired: "Binômes publiés"
        case .done: "Terminée"
        }
    }

    /// The state as a badge.
    static func badge(_ state: EditionState) -> HTML {
        let kind: WebLayout.BadgeKind? =
            switch state {
            case .open: .new
            case .matching: .warning
            case .paired: .info
            case .done: .success
            }
        return WebLayout.badge(label(state), kind)
    }
}
