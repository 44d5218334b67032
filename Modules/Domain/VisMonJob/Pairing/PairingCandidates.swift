/// A student as the pairing sees them: wishes only, no personal data.
public struct PairingStudent: Hashable, Sendable {
    /// The student; also the last tie-breaker (earlier registrations first).
    public var id: StudentID
    /// Wished job families, best first.
    public var wishes: [JobFamily]
    /// Acceptable départements, best first.
    public var departements: [Departement]
    /// Preferred administrations, best first.
    public var administrations: [AdministrationID]

    /// Creates a candidate.
    public init(
        id: StudentID, wishes: [JobFamily], departements: [Departement],
        administrations: [AdministrationID] = []
    ) {
        self.id = id
        self.wishes = wishes
        self.departements = departements
        self.administrations = administrations
    }

    /// The candidate for a registered student.
    public init(_ student: Student) {
        self.init(
            id: student.id, wishes: student.registration.wishes, departements: student.registration.departements,
            administrations: student.registration.administrations)
    }
}

/// An ambassador as the pairing sees them.
public struct PairingAmbassador: Hashable, Sendable {
    /// The ambassador; also the last tie-breaker.
    public var id: AmbassadorID
    /// Their job.
    public var jobFamily: JobFamily
    /// Where the day takes place.
    public var departement: Departement
    /// Their administration.
    public var administrationID: AdministrationID
    /// How many students they host.
    public var capacity: Int

    /// Creates a candidate.
    public init(
        id: AmbassadorID, jobFamily: JobFamily, departement: Departement,
        administrationID: AdministrationID, capacity: Int
    ) {
        self.id = id
        self.jobFamily = jobFamily
        self.departement = departement
        self.administrationID = administrationID
        self.capacity = capacity
    }

    /// The candidate for an ambassador.
    public init(_ ambassador: Ambassador) {
        self.init(
            id: ambassador.id, jobFamily: ambassador.profile.jobFamily,
            departement: ambassador.profile.departement, administrationID: ambassador.administrationID,
            capacity: ambassador.profile.capacity)
    }
}
