import Domain
import HTML
import HTTP

/// What the operator's *Vis mon job* pages share: pagination of their lists (DSFR
/// `fr-pagination`, `?<parameter>=n` links, no JavaScript) and the edition's state as a badge.
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

    /// The DSFR pagination of a list of `count` items, nothing when it fits in one page; the
    /// links go to `path?parameter=n` then `anchor`.
    static func pagination(
        path: String, parameter: String, current: Int, count: Int, size: Int, label: String,
        anchor: String? = nil
    ) -> HTML? {
        let last = (count + size - 1) / size
        guard last > 1 else { return nil }
        let fragment = anchor.map { "#\($0)" } ?? ""
        func link(_ page: Int) -> String { "\(path)?\(parameter)=\(page)\(fragment)" }
        let pages = (1...last).map { page -> HTML in
            page == current
                ? "<li><a class=\"fr-pagination__link\" aria-current=\"page\" title=\"Page \(page)\">\(page)</a></li>"
                : "<li><a class=\"fr-pagination__link\" href=\"\(link(page))\" title=\"Page \(page)\">\(page)</a></li>"
        }
        let previous: HTML =
            current > 1
            ? "<li><a class=\"fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label\" href=\"\(link(current - 1))\">Page précédente</a></li>"
            : "<li><a class=\"fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label\" aria-disabled=\"true\" role=\"link\">Page précédente</a></li>"
        let next: HTML =
            current < last
            ? "<li><a class=\"fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label\" href=\"\(link(current + 1))\">Page suivante</a></li>"
            : "<li><a class=\"fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label\" aria-disabled=\"true\" role=\"link\">Page suivante</a></li>"
        return """
            <nav role="navigation" class="fr-pagination" aria-label="\(label)"><ul class="fr-pagination__list">
            \(previous)\(HTML.joined(pages))\(next)
            </ul></nav>
            """
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
