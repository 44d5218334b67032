/// Where a mission is in its life: `draft` → `submitted` → `published` → `closed`.
///
/// Stored and encoded as a string: `draft`, `submitted`, `published`, `closed-filled`,
/// `closed-cancelled`, `closed-expired`.
public enum MissionState: Hashable, Sendable, CaseIterable, RawRepresentable, Codable {
    /// Being written by its owner; the only state in which it may be edited.
    case draft
    /// Awaiting the operator's review.
    case submitted
    /// Visible to talents, open to applications until its deadline.
    case published
    /// Over, for the given reason.
    case closed(MissionClosure)

    /// Every state.
    public static let allCases: [MissionState] =
        [.draft, .submitted, .published] + MissionClosure.allCases.map(MissionState.closed)

    /// Reads a stored state.
    public init?(rawValue: String) {
        guard let state = MissionState.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = state
    }

    /// The stored string.
    public var rawValue: String {
        switch self {
        case .draft: "draft"
        case .submitted: "submitted"
        case .published: "published"
        case .closed(let closure): "closed-\(closure.rawValue)"
        }
    }

    /// Whether the mission is over.
    public var isClosed: Bool {
        if case .closed = self { true } else { false }
    }
}
