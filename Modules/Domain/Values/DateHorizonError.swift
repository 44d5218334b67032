/// A date beyond the ``DateHorizon``.
public enum DateHorizonError: DomainError, Equatable {
    /// `date`, the value of `field`, lies after `latest`, the last date allowed today.
    case beyondHorizon(field: String, date: LocalDate, latest: LocalDate)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .beyondHorizon: "date-beyond-horizon"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .beyondHorizon(let field, _, _): field
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .beyondHorizon(_, let date, let latest):
            "\(date) is more than \(DateHorizon.years) years ahead; the last date allowed today is \(latest)."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
