extension SQLiteError {
    /// The kind of constraint a statement violated, read from the extended result code.
    // https://www.sqlite.org/rescode.html#constraint — the codes are `SQLITE_CONSTRAINT | (n << 8)`;
    // the C macros are not imported into Swift, so their values are spelled out here.
    public enum ConstraintKind: Sendable, Hashable {
        /// `SQLITE_CONSTRAINT_UNIQUE` (2067): a UNIQUE index or constraint.
        case unique
        /// `SQLITE_CONSTRAINT_PRIMARYKEY` (1555) or `SQLITE_CONSTRAINT_ROWID` (2579).
        case primaryKey
        /// `SQLITE_CONSTRAINT_FOREIGNKEY` (787): needs `foreign_keys=ON`, which connections set.
        case foreignKey
        /// `SQLITE_CONSTRAINT_CHECK` (275).
        case check
        /// `SQLITE_CONSTRAINT_NOTNULL` (1299).
        case notNull
        /// `SQLITE_CONSTRAINT_TRIGGER` (1811): a trigger called `RAISE(ABORT, …)`.
        case trigger
        /// Any other constraint code, e.g. `SQLITE_CONSTRAINT_DATATYPE` on STRICT tables.
        case other(extendedCode: Int32)

        init(extendedCode: Int32) {
            switch extendedCode {
            case 2067: self = .unique
            case 1555, 2579: self = .primaryKey
            case 787: self = .foreignKey
            case 275: self = .check
            case 1299: self = .notNull
            case 1811: self = .trigger
            default: self = .other(extendedCode: extendedCode)
            }
        }
    }

    /// The violated constraint, or nil when the error is not `SQLITE_CONSTRAINT` (primary code 19).
    public var constraintKind: ConstraintKind? {
        primaryCode == 19 ? ConstraintKind(extendedCode: extendedCode) : nil
    }

    /// What SQLite names after "constraint failed: " in a constraint violation message.
    ///
    /// `"administrations.acronym"` for a UNIQUE or NOT NULL column, `"t.a, t.b"` for a
    /// multi-column UNIQUE, the constraint name (or expression) for CHECK; nil for FOREIGN KEY,
    /// whose message names nothing, and for errors that are not constraint violations.
    public var constraintTarget: String? {
        guard constraintKind != nil,
            let range = message.firstRange(of: "constraint failed: ")
        else { return nil }
        let target = message[range.upperBound...]
        return target.isEmpty ? nil : String(target)
    }

    /// Whether this error is a violation of `kind`, on `target` when one is given.
    ///
    /// ```swift
    /// catch let error as SQLiteError where error.isViolation(of: .unique, on: "administrations.acronym")
    /// ```
    public func isViolation(of kind: ConstraintKind, on target: String? = nil) -> Bool {
        guard constraintKind == kind else { return false }
        return target == nil || constraintTarget == target
    }
}
