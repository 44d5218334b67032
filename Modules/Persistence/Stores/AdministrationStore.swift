public import Domain

/// Administrations (ministry → directorate → service) and their tree.
public struct AdministrationStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records a new administration under its parent, with its audit event.
    /// - Throws: ``AdministrationError`` (including a taken acronym) or ``NotFoundError``
    ///   for a missing parent.
    public func insert(
        _ new: NewAdministration, rules: AdministrationRules = AdministrationRules(),
        by actor: Actor, at instant: Instant
    ) throws -> Administration {
        let new = try new.validated(rules: rules)
        let parent = try new.parentID.map { id in
            guard let parent = try find(id) else { throw AdministrationError.parentNotFound(id) }
            return parent
        }
        let administration = try Administration.create(
            id: try connection.nextID(in: "administrations"), new,
            parent: parent, rules: rules)
        do {
            try connection.run(
                """
                INSERT INTO administrations(id, name, acronym, level, public_service, parent_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, administration.id, administration.name, administration.acronym, administration.level.rawValue,
                administration.publicService.rawValue, administration.parentID, instant)
        } catch {
            guard error.isViolation(of: .unique, on: "administrations.acronym") else { throw error }
            throw AdministrationError.acronymTaken(administration.acronym)
        }
        try AuditLog(connection).append(
            AuditEvent(
                action: "administration.created", subjectType: "administration", subjectID: administration.id.rawValue,
                actor: actor, at: instant,
                details: [
                    "acronym": administration.acronym, "level": administration.level.rawValue,
                    "parentID": administration.parentID.map { String($0.rawValue) } ?? ""
                ]))
        return administration
    }

    /// Replaces administration `id` with `new` (``AdministrationEdit``), with the audit event
    /// `administration.updated`.
    /// - Throws: ``NotFoundError``, ``AdministrationError`` (including a taken acronym),
    ///   ``AdministrationEditError``.
    public func update(
        _ id: AdministrationID, to new: NewAdministration, rules: AdministrationRules = AdministrationRules(),
        by actor: Actor, at instant: Instant
    ) throws -> Administration {
        guard let current = try find(id) else { throw NotFoundError("administration", id: id) }
        let parent = try new.parentID.map { parentID in
            guard let parent = try find(parentID) else { throw AdministrationError.parentNotFound(parentID) }
            return parent
        }
        var lineage: [AdministrationID] = []
        var next = parent
        while let administration = next, lineage.count < 32 {
            lineage.append(administration.id)
            next = try administration.parentID.flatMap(find)
        }
        let children = try connection.query("\(Self.select) WHERE parent_id = ?", id, map: Self.administration)
        let edited = try AdministrationEdit.edited(
            current, to: new, parent: parent, parentLineage: lineage, children: children, rules: rules)
        do {
            try connection.run(
                """
                UPDATE administrations SET name = ?, acronym = ?, level = ?, public_service = ?, parent_id = ?
                WHERE id = ?
                """, edited.name, edited.acronym, edited.level.rawValue, edited.publicService.rawValue,
                edited.parentID, id)
        } catch {
            guard error.isViolation(of: .unique, on: "administrations.acronym") else { throw error }
            throw AdministrationError.acronymTaken(edited.acronym)
        }
        try AuditLog(connection).append(
            AuditEvent(
                action: "administration.updated", subjectType: "administration", subjectID: id.rawValue,
                actor: actor, at: instant,
                details: [
                    "acronym": edited.acronym, "level": edited.level.rawValue,
                    "parentID": edited.parentID.map { String($0.rawValue) } ?? ""
                ]))
        return edited
    }

    /// The administration with `id`, or nil.
    public func find(_ id: AdministrationID) throws -> Administration? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.administration)
    }

    /// The administrations among `ids` that exist, by id, in one query (``IDList``).
    public func find(_ ids: some Sequence<AdministrationID>) throws -> [AdministrationID: Administration] {
        var found: [AdministrationID: Administration] = [:]
        _ = try connection.query(
            "\(Self.columns) FROM json_each(?) j JOIN administrations a ON a.id = j.value", IDList(Set(ids))
        ) { row in
            let administration = try Self.administration(row)
            found[administration.id] = administration
        }
        return found
    }

    /// The administration with `acronym` (exact, upper case), or nil.
    public func find(acronym: String) throws -> Administration? {
        try connection.queryOne("\(Self.select) WHERE acronym = ?", acronym, map: Self.administration)
    }

    /// Every administration, depth first: each ministry followed by its descendants, siblings by name.
    public func all() throws -> [Administration] {
        let rows = try connection.query("\(Self.select) ORDER BY name", map: Self.administration)
        let children = Dictionary(grouping: rows, by: \.parentID)
        var ordered: [Administration] = []
        ordered.reserveCapacity(rows.count)
        func visit(_ parent: AdministrationID?) {
            for child in children[parent] ?? [] {
                ordered.append(child)
                visit(child.id)
            }
        }
        visit(nil)
        return ordered
    }

    /// How many administrations there are.
    public func count() throws -> Int {
        try connection.scalar("SELECT count(*) FROM administrations", as: Int.self) ?? 0
    }

    /// `WITH RECURSIVE tree(id)`: the administration bound to its one `?` and every one under
    /// it, at any depth (https://www.sqlite.org/lang_with.html); a query reads `SELECT id FROM tree`.
    static let treeCTE = """
        WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT a.id FROM administrations a JOIN tree ON a.parent_id = tree.id)

        """

    /// The columns every read of an administration decodes, from `administrations a`.
    private static let columns = "SELECT a.id, a.name, a.acronym, a.level, a.public_service, a.parent_id"

    private static let select = "\(columns) FROM administrations a"

    private static func administration(_ row: Row) throws -> Administration {
        Administration(
            id: try row.decode(0), name: try row.string(1), acronym: try row.string(2),
            level: try row.code(3), publicService: try row.code(4), parentID: try row.decode(5))
    }
}
