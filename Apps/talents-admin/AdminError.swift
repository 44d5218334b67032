/// What a command refuses, with the message printed on stderr.
enum AdminError: Error, CustomStringConvertible {
    /// A maintenance command named a file that does not exist.
    case noDatabase(String)
    /// `db check` found problems.
    case checkFailed(problems: Int)
    /// An option names an administration that does not exist.
    case unknownAdministration(String)
    /// An option names a user that does not exist.
    case unknownUser(String)

    var description: String {
        switch self {
        case .noDatabase(let path): "no database at '\(path)' (use --db or TALENTS_DB)"
        case .checkFailed(let problems): "database check failed: \(problems) problem(s)"
        case .unknownAdministration(let key): "no administration with id or acronym '\(key)'"
        case .unknownUser(let email): "no user with e-mail address '\(email)'"
        }
    }
}
