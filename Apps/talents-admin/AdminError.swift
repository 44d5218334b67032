/// What a command refuses, with the message printed on stderr.
enum AdminError: Error, CustomStringConvertible {
    /// `db check` found problems.
    case checkFailed(problems: Int)
    /// An option names an administration that does not exist.
    case unknownAdministration(String)
    /// An option names a user that does not exist.
    case unknownUser(String)

    var description: String {
        switch self {
        case .checkFailed(let problems): "database check failed: \(problems) problem(s)"
        case .unknownAdministration(let key): "no administration with id or acronym '\(key)'"
        case .unknownUser(let email): "no user with e-mail address '\(email)'"
        }
    }
}
