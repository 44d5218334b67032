import Domain

/// The command line held to the ``TextInput`` rule before any command runs, as the API and the
/// web front hold their input: no argument may carry a control character (a NUL, an escape
/// sequence pasted into a mission title), whatever the command.
enum AdminArguments {
    /// The refusal of the first argument that holds a control character, or nil. The argument is
    /// named by its option (`--title`) or its position; its text is never repeated.
    static func refusal(_ arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            let field: String
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                field = String(argument[..<equals])
            } else if index > 0, arguments[index - 1].hasPrefix("--"), !arguments[index - 1].contains("=") {
                field = arguments[index - 1]
            } else {
                field = "argument \(index + 1)"
            }
            do {
                try TextInput.check(argument, field: field)
            } catch {
                return "\(field): \(error.message)"
            }
        }
        return nil
    }
}
