public import Domain
public import Persistence

/// Fills an empty database with a realistic French dataset, for demonstrations and manual tests.
///
/// The dataset, the same for the same seed and clock:
/// - 12 ministries and 33 of their directorates and services, with their real names;
/// - 313 users: 2 operators, 12 referents (one per ministry), 33 mission owners and 66 line
///   managers (one and two per directorate), and 200 talents with their profiles, 80 of them
///   in the pool with their consent;
/// - 50 missions: 5 drafts (2 of them rejected by the operator), 5 submitted, 26 published,
///   6 closed as filled, 4 cancelled and 4 expired;
/// - about 115 applications in every status, some of them unanswered for more than 14 days.
///
/// Everything is written through the stores in one transaction, so every change has its audit
/// event (actor `system:demo-seed`); events happen in the past, in the order of the story,
/// and every state change is the domain's own transition.
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

    /// Seeds `pool` in one write transaction, with `clock` as "now" and a generator started
    /// at `seed`. Nothing is written when it throws.
    /// - Throws: ``DemoSeedError/databaseNotEmpty(administrations:)`` when the database already
    ///   holds administrations; any store error otherwise (a defect of the dataset).
    @discardableResult
    public static func run(on pool: DatabasePool, clock: any WallClock, seed: UInt64 = 1) throws -> Summary {
        try pool.write { connection in
            // Checked inside the write transaction, so no other writer can slip in between.
            let existing = try AdministrationStore(connection).count()
            guard existing == 0 else { throw DemoSeedError.databaseNotEmpty(administrations: existing) }
            var generator = DemoGenerator(connection: connection, now: clock.now, seed: seed)
            return try generator.run()
        }
    }
}
