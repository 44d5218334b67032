public import Domain

extension ReportingQueries {
    /// The number of talents of the pool whose best level in a skill family is `level`.
    public struct PoolCount: Sendable, Hashable {
        /// The skill family.
        public var family: SkillFamily
        /// The talents' best level among their skills of the family.
        public var level: SkillLevel
        /// How many talents.
        public var count: Int

        /// Creates a count.
        public init(family: SkillFamily, level: SkillLevel, count: Int) {
            self.family = family
            self.level = level
            self.count = count
        }
    }

    /// Talents in the pool (consent given), counted once per skill family at their best level
    /// in it (empty groups left out).
    public func poolCounts() throws -> [PoolCount] {
        try connection.query(
            """
            SELECT family, level, count(*) FROM (
                SELECT skills.family AS family, max(talent_skills.level) AS level FROM talent_skills
                    JOIN talents ON talents.id = talent_skills.talent_id
                    JOIN skills ON skills.code = talent_skills.skill_code
                WHERE talents.pool_consent_at IS NOT NULL
                GROUP BY talent_skills.talent_id, skills.family)
            GROUP BY family, level
            """
        ) { row in
            guard let level = SkillLevel(rawValue: try row.int(1)) else {
                throw SQLiteError.mismatch("talent_skills.level out of range", sql: nil)
            }
            return PoolCount(family: try row.code(0), level: level, count: try row.int(2))
        }
    }
}
