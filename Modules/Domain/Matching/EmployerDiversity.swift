/// A deterministic re-ranking that keeps one administration from filling a list: picked one by
/// one, each candidate's score loses ``penalty`` points per candidate of the same employer
/// already picked. Ties go to the higher raw score, then to the earlier position.
public enum EmployerDiversity {
    /// Points lost per talent of the same employer already in the list.
    public static let penalty = 5.0

    /// One entry of the re-ranked list.
    public struct Pick<Element> {
        /// The element.
        public let element: Element
        /// The points it lost when picked (0 for the first of its employer).
        public let penalty: Double

        /// The reason to show when it lost points.
        public var reason: MatchReason? {
            guard penalty > 0 else { return nil }
            let points = Int(penalty.rounded())
            return MatchReason(
                .employerDiversity,
                "Classé avec \(points) points de moins : d'autres talents de la même administration "
                    + "sont déjà proposés")
        }
    }

    /// The first `limit` of `ranked` (best first) after re-ranking; O(limit × count).
    public static func rerank<Element>(
        _ ranked: [Element], limit: Int, score: (Element) -> Double,
        employer: (Element) -> AdministrationID
    ) -> [Pick<Element>] {
        var remaining = Array(ranked.enumerated())
        var picked: [AdministrationID: Int] = [:]
        var result: [Pick<Element>] = []
        while result.count < limit, !remaining.isEmpty {
            var best = 0
            var bestValue = -Double.infinity
            for (index, entry) in remaining.enumerated() {
                let value = score(entry.element) - penalty * Double(picked[employer(entry.element), default: 0])
                // Strictly greater: among equal values the earlier entry (higher raw score) stays.
                if value > bestValue {
                    best = index
                    bestValue = value
                }
            }
            let chosen = remaining.remove(at: best)
            let already = picked[employer(chosen.element), default: 0]
            result.append(Pick(element: chosen.element, penalty: penalty * Double(already)))
            picked[employer(chosen.element)] = already + 1
        }
        return result
    }
}
