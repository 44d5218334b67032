import Domain
import Testing

@Suite("Wall clocks")
struct WallClockTests {
    @Test("a fixed clock shows what it is set to and moves only when told")
    func fixedClock() {
        let clock = FixedClock(referenceInstant)
        #expect(clock.now == referenceInstant)
        clock.advance(days: 14)
        #expect(clock.now == referenceInstant.adding(days: 14))
        clock.advance(hours: -1, milliseconds: 1)
        #expect(clock.now == referenceInstant.adding(days: 14, hours: -1, milliseconds: 1))
        clock.now = Instant(millisecondsSinceEpoch: 0)
        #expect(clock.now.millisecondsSinceEpoch == 0)
    }

    @Test("a fixed clock can be shared across tasks")
    func fixedClockIsShared() async {
        let clock = FixedClock(referenceInstant)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask { clock.advance(milliseconds: 1) }
            }
        }
        #expect(clock.now == referenceInstant.adding(milliseconds: 100))
    }

    @Test("the system clock reads the real time")
    func systemClock() {
        let clock: any WallClock = SystemClock()
        let now = clock.now
        #expect(now > Instant(utc: day("2025-01-01")))
        #expect(now < Instant(utc: day("2100-01-01")))
        #expect(clock.now >= now)
    }
}
