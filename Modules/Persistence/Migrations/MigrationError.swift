/// Why the `Migrator` refused or failed to bring a database up to date.
public enum MigrationError: Error, CustomStringConvertible {
    /// The database records a version above every version this binary knows: it was migrated by
    /// a newer release, and running this one could corrupt it.
    case schemaNewerThanBinary(applied: [Int], known: [Int])
    /// The database records versions this binary does not know, though none above its newest:
    /// it was migrated by another branch of the code.
    case unknownVersions(unknown: [Int], known: [Int])
    /// The database lacks migrations this binary knows, and the caller may not apply them
    /// (a read-only process).
    case pendingMigrations(pending: [Int])
    /// A migration threw; its transaction was rolled back and it was not recorded.
    case migrationFailed(version: Int, name: String, underlying: any Error)
    /// A migration run with foreign keys off left rows without parents; it was rolled back.
    case foreignKeyViolations(version: Int, name: String, violations: [ForeignKeyViolation])

    /// A message naming the rule that was broken and the versions involved.
    public var description: String {
        switch self {
        case .schemaNewerThanBinary(let applied, let known):
            "Database schema is newer than this binary: it records versions \(Self.list(applied)), "
                + "this binary knows \(Self.list(known)). Run a release that knows version \(applied.max() ?? 0)."
        case .unknownVersions(let unknown, let known):
            "Database records migrations this binary does not know: \(Self.list(unknown)); "
                + "this binary knows \(Self.list(known))."
        case .pendingMigrations(let pending):
            "Database schema is older than this binary: migrations \(Self.list(pending)) are pending. "
                + "Run 'talents-admin db migrate' (or start talents-api) first."
        case .migrationFailed(let version, let name, let underlying):
            "Migration \(version) (\(name)) failed and was rolled back: \(underlying)"
        case .foreignKeyViolations(let version, let name, let violations):
            "Migration \(version) (\(name)) left rows without parents and was rolled back: "
                + violations.map(\.description).joined(separator: "; ")
        }
    }

    private static func list(_ versions: [Int]) -> String {
        versions.isEmpty ? "none" : versions.map(String.init).joined(separator: ", ")
    }
}
