/// The words of a full-text search (`q`): letters and digits only, everything else separates
/// words, so operators, quotes and SQL never reach the search engine. The last word is a prefix
/// (as typed so far); accents and case are folded by the index.
public struct MissionTextQuery: Hashable, Sendable {
    /// Maximum length of the text, in characters.
    public static let maximumLength = 200
    /// Maximum number of words kept.
    public static let maximumWords = 12

    /// The words, in order, as typed.
    public let words: [String]

    /// Splits `text` into words.
    /// - Throws: ``MissionSearchError/queryLength(count:)`` or ``MissionSearchError/queryWithoutWords``.
    public init(_ text: String) throws {
        guard text.count <= Self.maximumLength else { throw MissionSearchError.queryLength(count: text.count) }
        // The unicode61 tokenizer of the index splits on the same classes
        // (https://www.sqlite.org/fts5.html#unicode61_tokenizer): letters and numbers are kept.
        let words = text.split { !($0.isLetter || $0.isNumber) }.prefix(Self.maximumWords).map(String.init)
        guard !words.isEmpty else { throw MissionSearchError.queryWithoutWords }
        self.words = words
    }
}
