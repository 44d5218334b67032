public import Domain
import Persistence

extension Workflows {
    /// What awaits the signed-in `user` across their roles: agreements to sign (any party),
    /// applications to answer and agreements to draw up and time reports to validate (a mission
    /// owner), mission orders to issue and employments to confirm (a referent), missions to
    /// moderate (an operator), and a talent's missing profile. Reads only, through the same
    /// rules as each list's own use case, so each item is one the user may act on.
    public func pendingTasks(by user: User) throws -> PendingTasks {
        let caller = Caller.user(user)
        let agreements = try self.agreements(by: caller)
        let toSign = agreements.filter { $0.nextStep == .sign }
        var toAnswer: [ApplicationView] = []
        var toDraw: [ApplicationView] = []
        var toValidate: [PendingTasks.TimeReportsToValidate] = []
        if try actsAsMissionOwner(user) {
            let search = ApplicationSearch(
                statuses: [.submitted, .interviewProposed],
                limit: ApplicationSearch.limits.upperBound)
            // Applications to the caller's missions carry their applicant; the caller's own do not.
            toAnswer = try applications(matching: search, by: caller).items.filter { $0.applicant != nil }
            toDraw = try applicationsAwaitingAgreement(by: caller)
            for view in agreements where view.nextStep == .validateTime {
                let pending = try timeSheet(of: view.agreement.id, by: caller).reports
                    .map(\.value).filter { $0.status == .submitted }
                if !pending.isEmpty {
                    toValidate.append(
                        .init(
                            agreement: view, reports: pending.count,
                            minutes: pending.reduce(0) { $0 + $1.minutes }))
                }
            }
        }
        var toIssue: [AgreementView] = []
        var toConfirm: [EmploymentToConfirm] = []
        if user.has(.referent) {
            toIssue = try missionOrdersToIssue(by: caller)
            toConfirm = try employmentsToConfirm(by: caller)
        }
        let toModerate = user.has(.operator) ? try moderationQueue(by: caller).items : []
        var profileMissing = false
        if user.has(.talent) {
            do {
                _ = try ownTalentProfile(by: caller)
            } catch is NotFoundError {
                profileMissing = true
            }
        }
        return PendingTasks(
            agreementsToSign: toSign, applicationsToAnswer: toAnswer, agreementsToDraw: toDraw,
            timeReportsToValidate: toValidate, missionOrdersToIssue: toIssue,
            employmentsToConfirm: toConfirm, missionsToModerate: toModerate,
            talentProfileMissing: profileMissing)
    }
}
