public import Domain

/// Reads every record about one person for the export of their data (docs/privacy.md). Each
/// entry of ``sources`` selects, from one table, the rows concerning the user bound to every
/// `?` of its condition, leaving out the columns that hold secrets.
public struct PersonalDataStore {
    /// One table's part of the export.
    struct Source {
        let table: String
        let title: String
        /// A condition on the table's rows; each `?` is the user's id.
        let condition: String
        /// Columns not exported (hashes, salts, payloads holding sign-in tokens).
        var secret: Set<String> = []
    }

    private static let talent = "talent_id IN (SELECT id FROM talents WHERE user_id = ?)"
    private static let agreementsOfTheUser =
        "agreement_id IN (SELECT id FROM agreements WHERE owner_id = ? OR line_manager_id = ? OR "
        + talent + ")"

    static let sources: [Source] = [
        Source(table: "users", title: "Compte", condition: "id = ?"),
        Source(table: "user_roles", title: "Rôles", condition: "user_id = ?"),
        Source(table: "notification_preferences", title: "Préférences de notification", condition: "user_id = ?"),
        Source(table: "talents", title: "Profil de talent", condition: "user_id = ?"),
        Source(table: "talent_skills", title: "Compétences", condition: talent),
        Source(table: "spotlight_consents", title: "Consentement « À l'honneur »", condition: talent),
        Source(table: "saved_searches", title: "Recherches enregistrées", condition: "user_id = ?"),
        Source(table: "alert_matches", title: "Alertes", condition: "user_id = ?"),
        Source(table: "invitations", title: "Invitations reçues", condition: talent),
        Source(table: "applications", title: "Candidatures", condition: talent),
        Source(table: "missions", title: "Missions proposées", condition: "owner_id = ?"),
        Source(table: "mission_co_owners", title: "Missions co-gérées", condition: "user_id = ?"),
        Source(
            table: "agreements", title: "Conventions",
            condition: "owner_id = ? OR line_manager_id = ? OR " + talent),
        Source(table: "mission_orders", title: "Ordres de mission", condition: agreementsOfTheUser),
        Source(table: "time_reports", title: "Temps déclaré", condition: agreementsOfTheUser),
        Source(table: "feedback", title: "Avis donnés et reçus", condition: agreementsOfTheUser),
        Source(table: "distinctions", title: "Distinctions", condition: "user_id = ?"),
        Source(
            table: "badge_assertions", title: "Diplômes", condition: "user_id = ?",
            secret: ["salt", "recipient_identity"]),
        Source(
            table: "notification_outbox", title: "Messages envoyés", condition: "recipient_user_id = ?",
            secret: ["payload", "dedupe_key", "last_error", "lease_until"]),
        Source(
            table: "web_sign_in_links", title: "Liens de connexion", condition: "user_id = ?", secret: ["token_hash"]),
        Source(table: "web_sessions", title: "Sessions", condition: "user_id = ?", secret: ["session_hash"]),
        Source(table: "api_tokens", title: "Jetons d'API", condition: "user_id = ?", secret: ["token_hash"]),
        Source(table: "vmj_ambassadors", title: "Vis mon job : inscriptions d'ambassadeur", condition: "user_id = ?"),
        Source(
            table: "vmj_pairs", title: "Vis mon job : binômes",
            condition: "ambassador_id IN (SELECT id FROM vmj_ambassadors WHERE user_id = ?)"),
        Source(
            table: "vmj_coaching_bookings", title: "Vis mon job : heures de coaching",
            condition: "ambassador_id IN (SELECT id FROM vmj_ambassadors WHERE user_id = ?)"),
        Source(
            table: "contact_messages", title: "Messages à l'équipe du programme", condition: "user_id = ?",
            secret: ["client_hash"]),
        Source(table: "mission_questions", title: "Questions sur des missions", condition: "asker_id = ?")
    ]

    private let connection: Connection

    /// A store over `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// The records about `userID`, table by table, in ``sources``' order; integers of columns
    /// named `…_at` are instants, written in RFC 3339.
    public func export(_ userID: UserID) throws -> [PersonalDataExport.Table] {
        try Self.sources.map { source in
            let bindings = Array(
                repeating: userID.rawValue as any SQLiteBindable,
                count: source.condition.filter { $0 == "?" }.count)
            var columns: [String] = []
            let rows = try connection.query(
                "SELECT * FROM \(source.table) WHERE \(source.condition) ORDER BY 1", arguments: bindings
            ) { row -> [PersonalDataExport.Value] in
                if columns.isEmpty { columns = row.columnNames }
                return row.columnNames.indices.filter { !source.secret.contains(row.columnNames[$0]) }.map {
                    Self.value(row.value(.index($0)), column: row.columnNames[$0])
                }
            }
            if columns.isEmpty {
                columns = try connection.query("SELECT name FROM pragma_table_info(?)", source.table) {
                    try $0.string(0)
                }
            }
            return PersonalDataExport.Table(
                name: source.table, title: source.title, columns: columns.filter { !source.secret.contains($0) },
                rows: rows)
        }
    }

    private static func value(_ value: SQLValue, column: String) -> PersonalDataExport.Value {
        switch value {
        case .null: .null
        case .integer(let integer) where column.hasSuffix("_at"):
            .text(Instant(millisecondsSinceEpoch: integer).rfc3339)
        case .integer(let integer): .integer(integer)
        case .real(let real): .real(real)
        case .text(let text): .text(text)
        case .blob(let bytes): .text(bytes.map { String($0, radix: 16) }.joined())
        }
    }
}
