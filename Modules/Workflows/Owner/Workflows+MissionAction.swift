public import Domain
import Persistence

extension Workflows {
    /// Mission `id` with its revision, once checked that the caller may take `action` on it
    /// (``Mission/authorize(_:by:)``): what a confirmation page shows before the action, so that
    /// a caller without the right gets the refusal at once, not after confirming. The state is
    /// checked by the action itself.
    /// - Throws: ``NotFoundError`` when the caller may not see the mission, ``AccessError`` or
    ///   ``MissionAccessError`` when they may not take `action`.
    public func mission(_ id: MissionID, before action: MissionAction, by caller: Caller) throws -> Versioned<Mission> {
        let stored = try mission(id, by: caller)
        if let user = caller.user { try stored.value.authorize(action, by: user) }
        return stored
    }
}
