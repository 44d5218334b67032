/// The outcome of a pairing run: who hosts whom, and who stays without an ambassador and why.
public struct PairingResult: Hashable, Sendable {
    /// One pair the pairing formed.
    public struct Match: Hashable, Sendable {
        /// The student.
        public var studentID: StudentID
        /// Their ambassador.
        public var ambassadorID: AmbassadorID
        /// Which wishes the pair meets.
        public var fit: PairFit
    }

    /// The pairs, by student.
    public var matches: [Match]
    /// The students left without an ambassador, by student, with the reason.
    public var unmatched: [StudentID: UnmatchedReason]

    /// Creates a result.
    public init(matches: [Match], unmatched: [StudentID: UnmatchedReason]) {
        self.matches = matches
        self.unmatched = unmatched
    }
}
