import Domain
import Persistence

extension Workflows {
    /// An agreement with what authorization on it is decided from.
    struct Engagement {
        let stored: Versioned<Agreement>
        let mission: Mission
        let access: AgreementAccess

        var agreement: Agreement { stored.value }
    }

    /// Agreement `id` when the caller may read it (its parties, referents of its employing
    /// administration, operators, the command line); for anyone else it does not exist.
    /// - Throws: ``NotFoundError``.
    func engagement(_ id: AgreementID, for caller: Caller, in connection: Connection) throws -> Engagement {
        guard let stored = try AgreementStore(connection).findVersioned(id) else {
            throw NotFoundError("agreement", id: id)
        }
        let engagement = try engagement(stored, in: connection)
        guard caller.user.map(engagement.access.canRead) ?? true else { throw NotFoundError("agreement", id: id) }
        return engagement
    }

    /// The mission and access rules of `stored`, from the parties the agreement fixes (never the
    /// talent's live profile); the rows exist, since the schema refers to them.
    func engagement(_ stored: Versioned<Agreement>, in connection: Connection) throws -> Engagement {
        let agreement = stored.value
        guard let mission = try MissionStore(connection).find(agreement.missionID) else {
            preconditionFailure("agreement \(agreement.id) without its mission")
        }
        let access = AgreementAccess(
            parties: agreement.parties,
            employerLineage: try administrationLineage(
                agreement.parties.employerID,
                in: connection),
            missionOwnerIDs: mission.ownerIDs)
        return Engagement(stored: stored, mission: mission, access: access)
    }

    /// The caller's view of `engagement` at `revision` (its new one after a change).
    func view(
        _ engagement: Engagement, revision: Int? = nil, for caller: Caller,
        in connection: Connection
    ) throws -> AgreementView {
        let id = engagement.agreement.id
        return AgreementView(
            agreement: engagement.agreement, revision: revision ?? engagement.stored.revision,
            missionTitle: engagement.mission.details.title,
            people: try people(engagement.agreement.parties, in: connection),
            missionOrder: try MissionOrderStore(connection).inForce(agreementID: id),
            feedback: try FeedbackStore(connection).all(agreementID: id),
            viewer: caller.user.map(engagement.access.viewer) ?? .commandLine)
    }

    /// The names of `parties`; the rows exist, since the schema refers to them.
    func people(_ parties: AgreementParties, in connection: Connection) throws -> AgreementPeople {
        let users = UserStore(connection)
        let administrations = AdministrationStore(connection)
        func name(_ id: UserID) throws -> String {
            guard let user = try users.find(id) else {
                preconditionFailure("agreement party \(id) without its account")
            }
            return user.displayName
        }
        func administration(_ id: AdministrationID) throws -> Administration {
            guard let found = try administrations.find(id) else { preconditionFailure("administration \(id) missing") }
            return found
        }
        return AgreementPeople(
            talent: try name(parties.talentUserID), lineManager: try parties.lineManagerID.map(name),
            owner: try name(parties.ownerID), employer: try administration(parties.employerID),
            beneficiary: try administration(parties.beneficiaryID))
    }

    /// The sides among `allowed` the caller stands for; the command line stands for none.
    /// - Throws: ``AgreementAccessError/notParty(action:parties:)`` when a user stands for none.
    func require(
        _ allowed: [AgreementParty], of engagement: Engagement, by caller: Caller,
        to action: String
    ) throws -> [AgreementParty] {
        guard let user = caller.user else { return [] }
        let parties = engagement.access.parties(of: user).filter(allowed.contains)
        guard !parties.isEmpty else { throw AgreementAccessError.notParty(action: action, parties: allowed) }
        return parties
    }
}
