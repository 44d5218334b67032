public import Domain
public import Support

// The retention job's periods as flags and environment variables (docs/operations.md "Retention").

extension CommandOption {
    /// `--retention-message-days n` or `TALENTS_RETENTION_MESSAGE_DAYS`.
    public static let retentionMessageDays = CommandOption.value(
        "retention-message-days", placeholder: "n",
        help: "Days a delivered message and its mail-folder file are kept, 1 to 3650 (default 90).",
        environment: "TALENTS_RETENTION_MESSAGE_DAYS")

    /// `--retention-sign-in-days n` or `TALENTS_RETENTION_SIGN_IN_DAYS`.
    public static let retentionSignInDays = CommandOption.value(
        "retention-sign-in-days", placeholder: "n",
        help: "Days used or expired sign-in links, ended sessions and ended API tokens are kept, 1 to 3650 "
            + "(default 30).",
        environment: "TALENTS_RETENTION_SIGN_IN_DAYS")

    /// `--retention-idempotency-hours n` or `TALENTS_RETENTION_IDEMPOTENCY_HOURS`.
    public static let retentionIdempotencyHours = CommandOption.value(
        "retention-idempotency-hours", placeholder: "n",
        help: "Hours an idempotency record replays its answer, 1 to 720 (default 24).",
        environment: "TALENTS_RETENTION_IDEMPOTENCY_HOURS")

    /// `--retention-student-days n` or `TALENTS_RETENTION_STUDENT_DAYS`.
    public static let retentionStudentDays = CommandOption.value(
        "retention-student-days", placeholder: "n",
        help: "Days after their edition's day that Vis mon job students' data are erased, 1 to 3650 (default 365).",
        environment: "TALENTS_RETENTION_STUDENT_DAYS")

    /// `--inactivity-days n` or `TALENTS_INACTIVITY_DAYS`.
    public static let inactivityDays = CommandOption.value(
        "inactivity-days", placeholder: "n",
        help: "Days without sign-in or API use after which an account is anonymised (warned 30 and 7 days "
            + "before), 60 to 3650 (default 1095).",
        environment: "TALENTS_INACTIVITY_DAYS")
}

extension RetentionSettings {
    /// The settings of `invocation` (its flags first, then `environment`), the defaults otherwise.
    /// - Throws: ``UsageError`` or ``ConfigurationError`` naming the flag or variable that does not read.
    public init(_ invocation: CommandInvocation, environment: Environment) throws {
        let days = { (name: String, range: ClosedRange<Int>, fallback: Int) throws -> Int in
            try invocation.value(name, as: .int(in: range), environment: environment) ?? fallback
        }
        self.init(
            messageDays: try days("retention-message-days", 1...3650, 90),
            signInDays: try days("retention-sign-in-days", 1...3650, 30),
            idempotencyHours: try days("retention-idempotency-hours", 1...720, 24),
            studentDays: try days("retention-student-days", 1...3650, 365),
            inactivityDays: try days("inactivity-days", RetentionSettings.minimumInactivityDays...3650, 1095))
    }
}
