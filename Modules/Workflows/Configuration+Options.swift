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
