/// Levenshtein distance, to suggest the declared name closest to a mistyped one.
enum EditDistance {
    /// The candidate closest to `word`, when close enough to be a likely typo: at most
    /// one edit for words of up to four letters (dashes aside), two otherwise.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = word.drop { $0 == "-" }.count <= 4 ? 1 : 2
        let scored = candidates.map { (candidate: $0, distance: distance(word, $0)) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }),
            best.distance <= limit
        else { return nil }
        return best.candidate
    }

    /// The number of single-character insertions, deletions and substitutions that turn
    /// `source` into `target`.
    static func distance(_ source: String, _ target: String) -> Int {
        let source = Array(source)
        let target = Array(target)
        var previous = Array(0...target.count)
        var current = previous
        for (i, sourceCharacter) in source.enumerated() {
            current[0] = i + 1
            for (j, targetCharacter) in target.enumerated() {
                let substitution = previous[j] + (sourceCharacter == targetCharacter ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
