public import Domain
import Persistence

extension Workflows {
    /// Whether `user` acts as a mission owner in lists that are not tied to one mission (their
    /// missions, the applications to them, the pool): the role mission owner, or owning or
    /// co-owning at least one mission (issue 22: an agent who proposed a mission holds no role).
    public func actsAsMissionOwner(_ user: User) throws -> Bool {
        if user.has(.missionOwner) { return true }
        return try database.read { try MissionStore($0).ownsAny(user.id) }
    }

    /// Checks that the caller acts as a mission owner (``actsAsMissionOwner(_:)``) or is the
    /// operator or the command line. Whether they own a given mission is checked on that mission.
    /// - Throws: ``AccessError/roleRequired(action:roles:)``, as the role check it replaces.
    /// - Parameter operatorToo: whether the operator passes (every list but one's own missions).
    func requireActingOwner(_ caller: Caller, to action: String, operatorToo: Bool = true) throws {
        guard let user = caller.user, !(operatorToo && user.has(.operator)), !user.has(.missionOwner) else { return }
        guard try database.read({ try MissionStore($0).ownsAny(user.id) }) else {
            throw AccessError.roleRequired(
                action: action, roles: operatorToo ? [.missionOwner, .operator] : [.missionOwner])
        }
    }

    /// ``requireActingOwner(_:to:operatorToo:)`` inside the caller's transaction.
    func requireActingOwner(_ caller: Caller, to action: String, in connection: Connection) throws {
        guard let user = caller.user, !user.has(.operator), !user.has(.missionOwner) else { return }
        guard try MissionStore(connection).ownsAny(user.id) else {
            throw AccessError.roleRequired(action: action, roles: [.missionOwner, .operator])
        }
    }
}
