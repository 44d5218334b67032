public import Domain

/// The period of a spotlight listing: calendar days from `from` to `to`, both included, at most
/// ``maximumDays`` long; the last ``defaultDays`` days by default.
public struct SpotlightPeriod: Hashable, Sendable, Codable {
    /// The default length.
    public static let defaultDays = 90
    /// The longest period.
    public static let maximumDays = 366

    /// The first day.
    public let from: LocalDate
    /// The last day.
    public let to: LocalDate

    /// A validated period.
    /// - Throws: ``SpotlightError`` when `to` is before `from` or the period is too long.
    public init(from: LocalDate, to: LocalDate) throws {
        guard from <= to else { throw SpotlightError.emptyPeriod }
        guard from.days(until: to) < Self.maximumDays else { throw SpotlightError.periodTooLong }
        self.from = from
        self.to = to
    }

    /// The ``defaultDays`` days ending `today`.
    public static func ending(_ today: LocalDate) -> SpotlightPeriod {
        // One day short of the maximum: valid by construction.
        try! SpotlightPeriod(from: today.adding(days: -(defaultDays - 1)), to: today)
    }

    /// The first instant of the period (midnight UTC of `from`).
    public var start: Instant { Instant(utc: from) }
    /// The first instant after the period (midnight UTC after `to`).
    public var end: Instant { Instant(utc: to.adding(days: 1)) }
}

/// A spotlight request refused.
public enum SpotlightError: DomainError, Equatable {
    /// The last day is before the first.
    case emptyPeriod
    /// The period is longer than ``SpotlightPeriod/maximumDays``.
    case periodTooLong
    /// The talent has not opted in (nothing to withdraw) or already has.
    case alreadyInState(optedIn: Bool)
    /// Opting in needs the talent's explicit consent (`consent: true`).
    case consentRequired

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .emptyPeriod: "spotlight-period-empty"
        case .periodTooLong: "spotlight-period-too-long"
        case .alreadyInState(let optedIn): optedIn ? "spotlight-already-opted-in" : "spotlight-not-opted-in"
        case .consentRequired: "spotlight-consent-required"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .emptyPeriod, .periodTooLong: "to"
        case .consentRequired: "consent"
        case .alreadyInState: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .emptyPeriod: "The period ends before it starts."
        case .periodTooLong: "A spotlight period lasts at most \(SpotlightPeriod.maximumDays) days."
        case .alreadyInState(true): "This talent already appears in the spotlight."
        case .alreadyInState(false): "This talent does not appear in the spotlight."
        case .consentRequired: "Appearing in the public spotlight needs the talent's explicit consent (consent: true)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .emptyPeriod, .periodTooLong, .consentRequired: .invalidValue
        case .alreadyInState: .conflict
        }
    }
}
