public import Domain
public import Support

// The settings of `Workflows.Configuration` that the executables read from flags and the
// environment, declared once for the API and the CLI.

extension CommandOption {
    /// `--public-services state,territorial` or `TALENTS_PUBLIC_SERVICES`: the public services
    /// open on the platform (state only by default; territorial and hospital by configuration).
    public static let publicServices = CommandOption.value(
        "public-services", placeholder: "list",
        help: "Public services open on the platform, among state, territorial, hospital (default state).",
        environment: "TALENTS_PUBLIC_SERVICES")
}

extension ValueParser where Value == Set<PublicService> {
    /// A comma-separated list of public services.
    public static var publicServices: Self {
        ValueParser(expectation: "a comma-separated list among state, territorial, hospital") {
            PublicService.set(parsing: $0)
        }
    }
}

extension CommandOption {
    /// `--clock-file path` or `TALENTS_CLOCK_FILE`: read "now" from a file (tests and rehearsals only).
    public static let clockFile = CommandOption.value(
        "clock-file", placeholder: "path",
        help: "Tests and rehearsals only: read the current time from this file (an RFC 3339 instant).",
        environment: "TALENTS_CLOCK_FILE")
}

extension CommandInvocation {
    /// The clock chosen by `--clock-file` / `TALENTS_CLOCK_FILE`, else the system clock.
    /// - Throws: ``FileClockError`` when the file is given but holds no instant.
    public func clock(environment: Environment) throws -> any WallClock {
        guard let path = try value("clock-file", as: .string, environment: environment) else { return SystemClock() }
        return try FileClock(path: path)
    }
}
