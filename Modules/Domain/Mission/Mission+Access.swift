/// Who may see and change a mission. Use cases check ``isVisible(to:)`` first and answer "not
/// found" when it is false, so that drafts never leak; then ``authorize(_:by:)``.
extension Mission {
    /// Whether `user` may see the mission: the operator sees every mission, its owner and
    /// co-owners in every state, everybody else published missions only.
    public func isVisible(to user: User) -> Bool {
        user.has(.operator) || isOwned(by: user) || isVisibleToTalents
    }

    /// Whether `user` is the mission's owner or one of its co-owners. Ownership is per mission
    /// (issue 22): no role is needed, an agent who proposed the mission owns it.
    public func isOwned(by user: User) -> Bool {
        isOwned(by: user.id)
    }

    /// Whether `userID` is the mission's owner or one of its co-owners.
    public func isOwned(by userID: UserID) -> Bool {
        ownerID == userID || coOwnerIDs.contains(userID)
    }

    /// The owner followed by the co-owners.
    public var ownerIDs: [UserID] { [ownerID] + coOwnerIDs }

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
        guard rejectionReason != nil, !user.has(.operator), !isOwned(by: user) else { return self }
        var copy = self
        copy.rejectionReason = nil
        return copy
    }
}

extension NewMission {
    /// Checks that `owner` may create a mission for the first administration of `lineage`
    /// (issue 22): any agent whose employment is confirmed proposes for that administration or
    /// one of its services; a mission owner (the role) for their administration or one under it
    /// (any, when they are the operator too).
    /// - Parameters:
    ///   - lineage: the named (or own) administration followed by its ancestors, up to the
    ///     ministry, as loaded by the caller.
    ///   - confirmedEmployerID: the administration a referent confirmed `owner` works in, if any.
    /// - Throws: ``MissionAccessError/employmentNotConfirmed`` for an agent with neither the role
    ///   nor a confirmed employment, ``MissionAccessError`` when no administration is known or
    ///   the one named is out of reach.
    public static func checkCreation(
        by owner: User, lineage: [AdministrationID],
        confirmedEmployerID: AdministrationID? = nil
    ) throws {
        guard mayPropose(owner, confirmedEmployerID: confirmedEmployerID) else {
            throw MissionAccessError.employmentNotConfirmed
        }
        guard let target = lineage.first else { throw MissionAccessError.administrationRequired }
        guard isWithinReach(lineage, of: owner, confirmedEmployerID: confirmedEmployerID) else {
            throw MissionAccessError.administrationOutOfReach(target)
        }
    }

    /// Whether `owner` may propose missions at all: a mission owner (the role), an agent whose
    /// employment is confirmed. The operator moderates and does not propose as such.
    public static func mayPropose(_ owner: User, confirmedEmployerID: AdministrationID?) -> Bool {
        owner.has(.missionOwner) || confirmedEmployerID != nil
    }

    /// Whether `owner` may name the first administration of `lineage` as a mission's: the
    /// administration of a mission owner or one under it, the confirmed employer of an agent or
    /// one of its services (`lineage` contains it), any administration for the operator. The one
    /// rule of ``checkCreation(by:lineage:confirmedEmployerID:)`` and of the administrations a
    /// mission form offers.
    /// - Parameter lineage: an administration followed by its ancestors, up to the ministry.
    public static func isWithinReach(
        _ lineage: [AdministrationID], of owner: User,
        confirmedEmployerID: AdministrationID? = nil
    ) -> Bool {
        // The operator moderates every administration, so an operator who also owns missions
        // may create them anywhere.
        if owner.has(.operator) { return true }
        if owner.has(.missionOwner), let own = owner.administrationID, lineage.contains(own) { return true }
        return confirmedEmployerID.map(lineage.contains) == true
    }

    /// The administration named, else `owner`'s own (a mission owner's), else the confirmed
    /// employer, else nil.
    public func administrationID(for owner: User, confirmedEmployerID: AdministrationID? = nil) -> AdministrationID? {
        administrationID ?? (owner.has(.missionOwner) ? owner.administrationID : nil) ?? confirmedEmployerID
            ?? owner.administrationID
    }
}
