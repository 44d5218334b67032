extension Agreement {
    /// What `viewer` has to do next on the agreement, or what they wait for.
    /// - Parameters:
    ///   - missionOrderInForce: whether a mission order of the agreement is in force.
    ///   - feedbackGiven: the sides that already left feedback.
    public func nextStep(
        for viewer: AgreementViewer, missionOrderInForce: Bool,
        feedbackGiven: Set<FeedbackSide>
    ) -> AgreementNextStep {
        let parties = viewer.parties
        switch status {
        case .awaitingSignatures:
            if parties.contains(where: awaitingSignatures.contains) { return .sign }
            return parties.isEmpty ? .awaitSignatures : .awaitOtherSignatures
        case .signed where !missionOrderInForce:
            // A referent of the employer issues it, even when they also stand for a side.
            return viewer.issuesMissionOrders ? .issueMissionOrder : .awaitMissionOrder
        case .signed:
            if parties.contains(.talent) { return .reportTime }
            if parties.contains(.owner) { return .validateTime }
            return .awaitCompletion
        case .completed, .interrupted:
            guard let side = viewer.feedbackSide, !feedbackGiven.contains(side) else { return .closed }
            return .giveFeedback
        case .refused:
            return .refused
        }
    }

    /// The actions on the agreement open to `viewer` now, in declaration order: those its status
    /// allows (``AgreementAction/allowedStatuses``) that the use cases accept from the viewer.
    /// - Parameters:
    ///   - missionOrderInForce: whether a mission order of the agreement is in force.
    ///   - feedbackGiven: the sides that already left feedback.
    public func availableActions(
        for viewer: AgreementViewer, missionOrderInForce: Bool,
        feedbackGiven: Set<FeedbackSide>
    ) -> [AgreementAction] {
        AgreementAction.allCases.filter { action in
            guard action.isAllowed(from: status) else { return false }
            switch action {
            case .editTerms: return viewer.actsAs(.owner)
            case .changeParties: return viewer.actsForProgramme || viewer.actsAs(.talent, .owner)
            // Only an account signs, for a side of theirs that has not signed the current terms.
            case .sign: return viewer.parties.contains(where: awaitingSignatures.contains)
            case .refuse: return viewer.actsAs(.lineManager)
            case .issueMissionOrder: return viewer.issuesMissionOrders && !missionOrderInForce
            case .reportTime: return missionOrderInForce && viewer.actsAs(.talent)
            case .complete: return missionOrderInForce && viewer.actsAs(.owner)
            case .interrupt: return viewer.actsForProgramme || !viewer.parties.isEmpty
            // Only an account leaves feedback, once per side.
            case .giveFeedback: return viewer.feedbackSide.map { !feedbackGiven.contains($0) } ?? false
            }
        }
    }
}
