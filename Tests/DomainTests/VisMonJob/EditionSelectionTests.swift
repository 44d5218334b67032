import Domain
import Testing

@Suite("Vis mon job: which edition is current, which take registrations")
struct EditionSelectionTests {
    private static func day(_ text: String) -> LocalDate {
        // Fixed literals of the tests: a malformed one is a mistake here, not an input.
        guard let date = try? LocalDate(parsing: text) else { preconditionFailure("bad test date \(text)") }
        return date
    }

    private static func edition(
        _ id: Int64, day eventDay: String, opens: String = "2026-01-01",
        closes: String = "2026-03-31", state: EditionState = .open
    ) -> Edition {
        Edition(
            id: EditionID(id), name: "Vis mon job \(id)", eventDay: day(eventDay),
            registrationOpens: day(opens), registrationCloses: day(closes), dateChangeWindowDays: 7,
            state: state, pairingRunAt: nil)
    }

    @Test("registration is open only in the open state and within the dates, both ends included")
    func openForRegistration() {
        let open = Self.edition(1, day: "2026-05-01")
        #expect(open.isOpenForRegistration(today: Self.day("2026-01-01")))
        #expect(open.isOpenForRegistration(today: Self.day("2026-03-31")))
        #expect(!open.isOpenForRegistration(today: Self.day("2025-12-31")))
        #expect(!open.isOpenForRegistration(today: Self.day("2026-04-01")))
        let matching = Self.edition(1, day: "2026-05-01", state: .matching)
        #expect(!matching.isOpenForRegistration(today: Self.day("2026-02-01")))
    }

    @Test("the current edition is the most recent not done, whatever the order given")
    func currentNotDone() {
        let older = Self.edition(1, day: "2025-05-01", state: .paired)
        let newer = Self.edition(2, day: "2026-05-01", state: .done)
        let oldest = Self.edition(3, day: "2024-05-01", state: .open)
        #expect(EditionSelection.current.select([oldest, newer, older], today: Self.day("2026-06-01")) == [older])
    }

    @Test("when every edition is done the current one is the most recent; none without editions")
    func currentAllDone() {
        let first = Self.edition(1, day: "2025-05-01", state: .done)
        let second = Self.edition(2, day: "2026-05-01", state: .done)
        #expect(EditionSelection.current.select([first, second], today: Self.day("2026-06-01")) == [second])
        #expect(EditionSelection.current.select([Edition](), today: Self.day("2026-06-01")).isEmpty)
    }

    @Test("on the same event day the higher id is the more recent")
    func sameDay() {
        let first = Self.edition(1, day: "2026-05-01")
        let second = Self.edition(2, day: "2026-05-01")
        #expect(second.isMoreRecent(than: first))
        #expect(!first.isMoreRecent(than: second))
        #expect(EditionSelection.current.select([first, second], today: Self.day("2026-02-01")) == [second])
    }

    @Test("the editions open for registration today, the most recent first")
    func registrationOpen() {
        let closedByDates = Self.edition(1, day: "2026-09-01", opens: "2026-06-01", closes: "2026-07-01")
        let open = Self.edition(2, day: "2026-05-01")
        let alsoOpen = Self.edition(3, day: "2026-06-01")
        let frozen = Self.edition(4, day: "2026-07-01", state: .matching)
        let selected = EditionSelection.registrationOpen.select(
            [open, closedByDates, frozen, alsoOpen],
            today: Self.day("2026-02-01"))
        #expect(selected == [alsoOpen, open])
    }

    @Test("the selection keeps the elements it is given (a stored edition with its revision)")
    func keepsElements() {
        let stored = [(Self.edition(1, day: "2025-05-01", state: .done), 4), (Self.edition(2, day: "2026-05-01"), 1)]
        let current = EditionSelection.current.select(stored, today: Self.day("2026-02-01")) { $0.0 }
        #expect(current.map(\.1) == [1])
    }
}
