import Domain

/// The Talents database schema: its migrations, in order, and the reference data kept in sync.
public enum Schema {
    /// Every migration this binary knows. A database with a newer version is refused.
    public static let migrations: [Migration] = [
        version1, version2, version3, version4, version5, version6, version7, version8, version9, version10,
        version11, version12, version13, version15, version16, version17, version18, version19, version20
    ]

    /// The migrator for ``migrations``.
    public static func migrator(now: @escaping @Sendable () -> EpochMilliseconds = { .now() }) -> Migrator {
        Migrator(migrations: migrations, now: now)
    }

    /// Writes `taxonomy` into the `skills` table: new skills inserted, names and families updated.
    /// Skills no longer in the taxonomy stay, since rows may still refer to them.
    static func synchronize(_ taxonomy: SkillTaxonomy, in connection: Connection) throws {
        for skill in taxonomy.skills {
            try connection.run(
                """
                INSERT INTO skills(code, name, family, esco_uri) VALUES (?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET name = excluded.name, family = excluded.family,
                    esco_uri = excluded.esco_uri
                """, skill.code.rawValue, skill.name, skill.family.rawValue, skill.escoURI)
        }
    }
}
