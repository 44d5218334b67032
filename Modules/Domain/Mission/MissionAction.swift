/// An action that changes a mission's state, with the states it is allowed from.
public enum MissionAction: String, Sendable, Codable, CaseIterable {
    /// The owner changes the details.
    case edit
    /// The owner sends the draft for review.
    case submit
    /// The operator publishes a submitted mission.
    case publish
    /// The operator sends a submitted mission back to draft with a reason.
    case reject
    /// The owner or operator gives the mission up.
    case cancel
    /// The owner closes a published mission whose talents were found.
    case closeAsFilled = "close-as-filled"
    /// The platform closes a published mission whose deadline has passed.
    case expire

    /// The states from which the action is allowed.
    public var allowedStates: [MissionState] {
        switch self {
        case .edit, .submit: [.draft]
        case .publish, .reject: [.submitted]
        case .cancel: [.draft, .submitted, .published]
        case .closeAsFilled, .expire: [.published]
        }
    }

    /// The action in words, for messages: "close as filled".
    public var verb: String {
        rawValue.split(separator: "-").joined(separator: " ")
    }

    /// Whether the action is allowed from `state`.
    public func isAllowed(from state: MissionState) -> Bool {
        allowedStates.contains(state)
    }
}
