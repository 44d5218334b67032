/// Which *Vis mon job* editions a page or a client is about, among every edition: the rule the
/// pages show and the API answers (`GET /v1/vmj/editions?selection=…`).
public enum EditionSelection: String, Sendable, CaseIterable {
    /// The edition the operation is about now: the most recent one not done, else the most
    /// recent one (at most one; none before the first edition).
    case current
    /// The editions ambassadors and students may register to today (``Edition/isOpenForRegistration(today:)``),
    /// the most recent first.
    case registrationOpen = "registration-open"

    /// The elements of `editions` that the selection keeps on `today`, the most recent first
    /// (the latest event day, then the highest id), whatever their order in `editions`.
    public func select<Element>(
        _ editions: [Element], today: LocalDate,
        edition: (Element) -> Edition
    ) -> [Element] {
        let recentFirst = editions.sorted { edition($0).isMoreRecent(than: edition($1)) }
        switch self {
        case .current:
            return (recentFirst.first { edition($0).state != .done } ?? recentFirst.first).map { [$0] } ?? []
        case .registrationOpen:
            return recentFirst.filter { edition($0).isOpenForRegistration(today: today) }
        }
    }

    /// The editions of `editions` that the selection keeps on `today`, the most recent first.
    public func select(_ editions: [Edition], today: LocalDate) -> [Edition] {
        select(editions, today: today) { $0 }
    }
}

extension Edition {
    /// Whether ambassadors and students may register `today`: ``checkRegistration(today:)`` passes.
    public func isOpenForRegistration(today: LocalDate) -> Bool {
        (try? checkRegistration(today: today)) != nil
    }

    /// Whether the edition comes after `other`: a later event day, or the same day and a higher id.
    public func isMoreRecent(than other: Edition) -> Bool {
        (eventDay, id) > (other.eventDay, other.id)
    }
}
