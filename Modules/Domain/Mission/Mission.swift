/// A punctual, time-bounded need of a beneficiary administration, offered to talents.
///
/// A value type and a state machine: transitions (``submit(at:)``, ``publish(today:at:)``…)
/// check the current state, change it and stamp the time, or throw a ``MissionError`` and
/// leave the mission unchanged. Time is always passed in.
public struct Mission: Hashable, Sendable, Codable {
    /// The identifier.
    public let id: MissionID
    /// The beneficiary administration.
    public let administrationID: AdministrationID
    /// The mission owner (*responsable de mission*).
    public let ownerID: UserID
    /// The mission's co-owners, who act for it like its owner (a referent or the operator adds
    /// and removes them), by increasing id; never the owner.
    public var coOwnerIDs: [UserID] = []
    /// What the mission asks for; editable in draft only.
    public internal(set) var details: MissionDetails
    /// Where the mission is in its life.
    public internal(set) var state: MissionState
    /// The operator's reason for the last rejection, kept after the mission is resubmitted.
    public internal(set) var rejectionReason: String?
    /// When the mission was created.
    public let createdAt: Instant
    /// When the mission last changed.
    public internal(set) var updatedAt: Instant
    /// When the mission was last submitted for review.
    public internal(set) var submittedAt: Instant?
    /// When the mission was published.
    public internal(set) var publishedAt: Instant?
    /// When the mission was closed.
    public internal(set) var closedAt: Instant?

    /// Builds a mission from trusted values (a store reading its rows).
    /// New missions go through ``create(id:administrationID:ownerID:details:rules:taxonomy:at:)``.
    public init(
        id: MissionID, administrationID: AdministrationID, ownerID: UserID,
        details: MissionDetails, state: MissionState, rejectionReason: String?,
        createdAt: Instant, updatedAt: Instant, submittedAt: Instant?,
        publishedAt: Instant?, closedAt: Instant?
    ) {
        self.id = id
        self.administrationID = administrationID
        self.ownerID = ownerID
        self.details = details
        self.state = state
        self.rejectionReason = rejectionReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
        self.publishedAt = publishedAt
        self.closedAt = closedAt
    }

    /// Validates `details` (their window within the ``DateHorizon`` of `instant`'s day), then
    /// builds the draft mission recorded under `id`.
    /// - Throws: ``MissionError`` or ``DateHorizonError``.
    public static func create(
        id: MissionID, administrationID: AdministrationID, ownerID: UserID,
        details: MissionDetails, rules: MissionRules = MissionRules(),
        taxonomy: SkillTaxonomy = .standard, at instant: Instant
    ) throws -> Mission {
        Mission(
            id: id, administrationID: administrationID, ownerID: ownerID,
            details: try details.validated(rules: rules, taxonomy: taxonomy, today: instant.utcDate), state: .draft,
            rejectionReason: nil, createdAt: instant, updatedAt: instant, submittedAt: nil,
            publishedAt: nil, closedAt: nil)
    }

    /// Whether talents can see the mission: only published missions are shown to them.
    public var isVisibleToTalents: Bool {
        state == .published
    }

    /// Whether a talent may apply on `date`: published and the deadline not passed
    /// (the deadline day itself included).
    public func acceptsApplications(on date: LocalDate) -> Bool {
        state == .published && date <= details.applicationDeadline
    }
}
