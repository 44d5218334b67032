/// A student's level of study, in years after the *baccalauréat*.
public enum StudyLevel: String, Sendable, CaseIterable {
    /// First year of higher education.
    case bac1 = "bac+1"
    /// Second year (BTS, DUT).
    case bac2 = "bac+2"
    /// Third year (licence, BUT).
    case bac3 = "bac+3"
    /// Fourth year (master 1).
    case bac4 = "bac+4"
    /// Fifth year (master 2, engineering school).
    case bac5 = "bac+5"
    /// Doctoral studies.
    case doctorate

    /// The French name.
    public var label: String {
        switch self {
        case .bac1: "Bac +1"
        case .bac2: "Bac +2"
        case .bac3: "Bac +3"
        case .bac4: "Bac +4"
        case .bac5: "Bac +5"
        case .doctorate: "Doctorat"
        }
    }
}

/// Decoded strictly: an unknown value is a 422 naming the field and the allowed values.
extension StudyLevel: ClosedStringValue {}
