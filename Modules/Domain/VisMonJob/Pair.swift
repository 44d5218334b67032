/// Identifies a ``Pair``.
public typealias PairID = ID<Pair>

/// One side of a pair.
public enum PairSide: String, Sendable, Codable, CaseIterable {
    /// The student.
    case student
    /// The ambassador.
    case ambassador
}

/// Whether the day of a pair took place.
public enum PairStatus: String, Sendable, Codable, CaseIterable {
    /// Paired; the day is to come.
    case paired
    /// The operator confirmed the day took place.
    case done
}

/// Another date one side of a pair proposes, waiting for the other side.
public struct DateProposal: Hashable, Sendable, Codable {
    /// The proposed day.
    public var date: LocalDate
    /// Who proposed it.
    public var by: PairSide

    /// Creates a proposal.
    public init(date: LocalDate, by: PairSide) {
        self.date = date
        self.by = by
    }
}

/// A student and their ambassador for one edition: formed by the pairing (or adjusted by the
/// operator), seen by both sides once published.
public struct Pair: Hashable, Sendable, Codable {
    /// The identifier.
    public let id: PairID
    /// The edition.
    public let editionID: EditionID
    /// The student.
    public let studentID: StudentID
    /// The ambassador.
    public var ambassadorID: AmbassadorID
    /// Which wishes the pair meets.
    public var fit: PairFit
    /// Whether the operator formed the pair by hand.
    public var manual: Bool
    /// The date both sides agreed on instead of the event day, if any.
    public private(set) var agreedDate: LocalDate?
    /// A date proposal waiting for the other side.
    public private(set) var proposal: DateProposal?
    /// Whether the day took place.
    public private(set) var status: PairStatus

    /// Builds a pair from trusted values (a store reading its rows, or the pairing).
    public init(
        id: PairID, editionID: EditionID, studentID: StudentID, ambassadorID: AmbassadorID, fit: PairFit,
        manual: Bool = false, agreedDate: LocalDate? = nil, proposal: DateProposal? = nil,
        status: PairStatus = .paired
    ) {
        self.id = id
        self.editionID = editionID
        self.studentID = studentID
        self.ambassadorID = ambassadorID
        self.fit = fit
        self.manual = manual
        self.agreedDate = agreedDate
        self.proposal = proposal
        self.status = status
    }

    /// The day the pair meets: the agreed date, else the event day.
    public func day(in edition: Edition) -> LocalDate {
        agreedDate ?? edition.eventDay
    }

    /// `side` proposes to meet on `date` instead, inside the edition's window and not in the
    /// past; a new proposal replaces a pending one.
    /// - Throws: ``VisMonJobError``.
    public mutating func propose(_ date: LocalDate, by side: PairSide, in edition: Edition, today: LocalDate) throws {
        try checkOpen(in: edition, to: "propose another date")
        let window = edition.dateWindow(today: today)
        guard let window, window.contains(date) else {
            let latest = edition.eventDay.adding(days: edition.dateChangeWindowDays)
            throw VisMonJobError.dateOutsideWindow(earliest: window?.lowerBound ?? today, latest: latest)
        }
        proposal = DateProposal(date: date, by: side)
    }

    /// `side` accepts the other side's proposal, which becomes the pair's date.
    /// - Throws: ``VisMonJobError``.
    public mutating func acceptProposal(by side: PairSide, in edition: Edition, today: LocalDate) throws {
        try checkOpen(in: edition, to: "accept another date")
        guard let proposal else { throw VisMonJobError.noDateProposal }
        guard proposal.by != side else { throw VisMonJobError.ownDateProposal }
        guard edition.dateWindow(today: today)?.contains(proposal.date) == true else {
            throw VisMonJobError.dateOutsideWindow(
                earliest: today,
                latest: edition.eventDay.adding(
                    days: edition.dateChangeWindowDays))
        }
        agreedDate = proposal.date
        self.proposal = nil
    }

    /// Checks that feedback may be left: from the pair's day on.
    /// - Throws: ``VisMonJobError``.
    public func checkFeedback(in edition: Edition, today: LocalDate) throws {
        try edition.requirePublished(to: "leave feedback")
        guard today >= day(in: edition) else { throw VisMonJobError.dayNotReached(day(in: edition)) }
    }

    /// The operator confirms the day took place.
    /// - Throws: ``VisMonJobError``.
    public mutating func markDone(in edition: Edition, today: LocalDate) throws {
        try checkOpen(in: edition, to: "mark a day done")
        guard today >= day(in: edition) else { throw VisMonJobError.dayNotReached(day(in: edition)) }
        status = .done
    }

    private func checkOpen(in edition: Edition, to action: String) throws {
        try edition.require(.paired, to: action)
        guard status == .paired else { throw VisMonJobError.pairDone }
    }
}

extension Edition {
    /// Checks that the pairing is published (paired or done).
    func requirePublished(to action: String) throws {
        guard state == .paired || state == .done else {
            throw VisMonJobError.editionState(action: action, required: .paired, actual: state)
        }
    }
}
