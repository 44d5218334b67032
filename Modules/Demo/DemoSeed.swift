public import Domain
public import Persistence
public import Workflows

/// Fills an empty database with a realistic French dataset, for demonstrations and manual tests.
///
/// The dataset, the same for the same seed and clock (but the diplomas' and the students'
/// random secrets):
/// - 12 ministries and 33 of their directorates and services, with their real names;
/// - 313 users: 2 operators, 12 referents (one per ministry), 33 mission owners and 66 line
///   managers (one and two per directorate), and 200 talents with their profiles, 80 of them
///   in the pool with their consent;
/// - 54 missions: 5 drafts (2 of them rejected by the operator), 5 submitted, 27 published,
///   9 closed as filled, 4 cancelled and 4 expired;
/// - about 130 applications in every status, some of them unanswered for more than 14 days;
/// - the engagement story of the first mission owner's four missions (one over, one running,
///   one filled and being signed, one still open to applications): 13 agreements in every
///   status (awaiting signatures with some of them, refused by a line manager, signed without
///   and with a mission order, running with time reports submitted, validated and rejected,
///   interrupted, completed with feedback from both sides and a diploma), 8 mission orders (one
///   cancelled), the credit transfers of the validated time, the distinctions earned; saved
///   searches and invitations;
/// - a Vis mon job edition whose day is past: ambassadors, students, coaching booked, the
///   pairing published, most days done with feedback.
///
/// The first account of each role (the one the tests' personas stand for) takes part in the
/// story: the first talent, line manager, mission owner and referent each see their work.
///
/// People, missions and applications are written through the stores (actor
/// `system:demo-seed`); the engagement story through the use cases of Workflows, by the people
/// who act on the platform, so its audit trail, ledger, distinctions and diplomas are the
/// platform's own. Events happen in the past, in the order of the story (``DemoTimeline``).
public enum DemoSeed {
    /// The actor recorded on every audit event of the seed.
    public static let actor = Actor.system("demo-seed")
    /// How many operators the seed creates.
    public static let operatorCount = 2
    /// How many line managers each directorate or service gets.
    public static let lineManagersPerDirectorate = 2
    /// How many talents the seed creates.
    public static let talentCount = 200
    /// How many of them join the pool.
    public static let pooledTalentCount = 80
    /// How many ambassadors the Vis mon job edition has, the first talent included.
    public static let ambassadorCount = 6

    /// Seeds `pool` with `clock` as "now" and a generator started at `seed`; the use cases of
    /// the engagement story run with `configuration` (the credit rate, the diplomas' issuer).
    /// The administrations are written, after the check, in one write transaction; the story
    /// then follows in chronological order (``DemoTimeline``). A failure after the check is a
    /// defect of the dataset and leaves a partial database: seed a fresh file again.
    /// - Throws: ``DemoSeedError/databaseNotEmpty(administrations:)`` when the database already
    ///   holds administrations (nothing is written then); any store or use case error otherwise.
    @discardableResult
    public static func run(
        on pool: DatabasePool, clock: any WallClock, seed: UInt64 = 1,
        configuration: Workflows.Configuration = Workflows.Configuration()
    ) throws -> Summary {
        let storyClock = DemoClock(clock.now)
        let workflows = Workflows(database: pool, clock: storyClock, configuration: configuration)
        var generator = DemoGenerator(now: clock.now, seed: seed)
        try pool.write { connection in
            // Checked inside the write transaction, so no other writer can slip in between.
            let existing = try AdministrationStore(connection).count()
            guard existing == 0 else { throw DemoSeedError.databaseNotEmpty(administrations: existing) }
            try generator.insertAdministrations(in: connection)
        }
        let summary = try generator.run(on: pool, workflows: workflows, clock: storyClock)
        // The use cases queued the e-mails of the story; it is over, and its people do not exist.
        try pool.write { try OutboxStore($0).discardPending(queuedBefore: clock.now) }
        return summary
    }
}
