/// Who may see and change a mission. Use cases check ``isVisible(to:)`` first and answer "not
/// found" when it is false, so that drafts never leak; then ``authorize(_:by:)``.
extension Mission {
    /// Whether `user` may see the mission: the operator sees every mission, an owner their own
    /// in every state, everybody else published missions only.
    public func isVisible(to user: User) -> Bool {
        user.has(.operator) || ownerID == user.id || isVisibleToTalents
    }

    /// Whether `user` is the mission's owner and still holds the role.
    public func isOwned(by user: User) -> Bool {
        ownerID == user.id && user.has(.missionOwner)
    }

    /// Checks that `user`, who can see the mission, may take `action`: the owner edits, submits,
    /// closes as filled and cancels; the operator publishes, rejects, expires, and may also close
    /// as filled or cancel (moderation).
    /// - Throws: ``AccessError`` or ``MissionAccessError``.
    public func authorize(_ action: MissionAction, by user: User) throws {
        switch action {
        case .edit, .submit:
            guard isOwned(by: user) else { throw MissionAccessError.ownerOnly(action) }
        case .closeAsFilled, .cancel:
            guard isOwned(by: user) || user.has(.operator) else {
                throw AccessError.notOwner(action: "\(action.verb) this mission")
            }
        case .publish, .reject, .expire:
            guard user.has(.operator) else {
                throw AccessError.roleRequired(action: "\(action.verb) a mission", roles: [.operator])
            }
        }
    }

    /// The mission as `user` reads it: the operator's rejection reason is kept for the owner and
    /// the operator, and removed for everybody else.
    public func presented(to user: User) -> Mission {
        guard rejectionReason != nil, !user.has(.operator), ownerID != user.id else { return self }
        var copy = self
        copy.rejectionReason = nil
        return copy
    }
}

extension NewMission {
    /// Checks that `owner` may create a mission for the first administration of `lineage`.
    /// - Parameter lineage: the named (or own) administration followed by its ancestors, up to
    ///   the ministry, as loaded by the caller.
    /// - Throws: ``AccessError`` unless `owner` is a mission owner, ``MissionAccessError`` when
    ///   no administration is known or the owner's does not contain the one named.
    public static func checkCreation(by owner: User, lineage: [AdministrationID]) throws {
        guard owner.has(.missionOwner) else {
            throw AccessError.roleRequired(action: "create a mission", roles: [.missionOwner])
        }
        guard let target = lineage.first else { throw MissionAccessError.administrationRequired }
        guard isWithinReach(lineage, of: owner) else { throw MissionAccessError.administrationOutOfReach(target) }
    }

    /// Whether `owner` may name the first administration of `lineage` as a mission's: their own
    /// administration or one under it (`lineage` contains theirs), any administration for the
    /// operator. The one rule of ``checkCreation(by:lineage:)`` and of the administrations a
    /// mission form offers.
    /// - Parameter lineage: an administration followed by its ancestors, up to the ministry.
    public static func isWithinReach(_ lineage: [AdministrationID], of owner: User) -> Bool {
        // The operator moderates every administration, so an operator who also owns missions
        // may create them anywhere.
        owner.has(.operator) || owner.administrationID.map(lineage.contains) == true
    }

    /// The administration named, else `owner`'s own, else nil.
    public func administrationID(for owner: User) -> AdministrationID? {
        administrationID ?? owner.administrationID
    }
}
