/// Which side of a *Vis mon job* pair a message goes to.
public enum VisMonJobSide: String, Sendable, Codable, CaseIterable {
    /// The tech agent who hosts the student.
    case ambassador
    /// The student.
    case student
}
