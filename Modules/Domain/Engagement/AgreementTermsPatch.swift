/// A change of some of an agreement's terms (JSON merge patch, RFC 7396, without removals):
/// members left out keep their value.
public struct AgreementTermsPatch: Hashable, Sendable, Codable {
    /// See ``AgreementTerms/objectives``.
    public var objectives: String?
    /// See ``AgreementTerms/deliverables``.
    public var deliverables: String?
    /// See ``AgreementTerms/hoursBudget``.
    public var hoursBudget: Int?
    /// See ``AgreementTerms/dates``.
    public var dates: DateWindow?
    /// See ``AgreementTerms/workMode``.
    public var workMode: WorkMode?
    /// See ``AgreementTerms/conditions``.
    public var conditions: String?

    /// Creates a patch; nil members are left unchanged.
    public init(
        objectives: String? = nil, deliverables: String? = nil, hoursBudget: Int? = nil,
        dates: DateWindow? = nil, workMode: WorkMode? = nil, conditions: String? = nil
    ) {
        self.objectives = objectives
        self.deliverables = deliverables
        self.hoursBudget = hoursBudget
        self.dates = dates
        self.workMode = workMode
        self.conditions = conditions
    }

    /// `terms` with the members this patch sets replaced (not validated yet).
    public func applied(to terms: AgreementTerms) -> AgreementTerms {
        AgreementTerms(
            objectives: objectives ?? terms.objectives, deliverables: deliverables ?? terms.deliverables,
            hoursBudget: hoursBudget ?? terms.hoursBudget, dates: dates ?? terms.dates,
            workMode: workMode ?? terms.workMode, conditions: conditions ?? terms.conditions)
    }
}
