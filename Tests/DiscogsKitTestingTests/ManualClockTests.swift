import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

@Suite struct ManualClockTests {
    @Test func aSleeperWakesWhenTheTimePassesItsDeadlineAndNotBefore() async throws {
        let clock = ManualClock()
        let woke = Atomic<Bool>(false)
        let sleeper = Task {
            try await clock.sleep(for: .seconds(5))
            woke.store(true, ordering: .sequentiallyConsistent)
        }
        await clock.waitForSleepers(1)
        await clock.advance(by: .milliseconds(4999))
        let early = woke.load(ordering: .sequentiallyConsistent)
        #expect(!early)
        #expect(clock.sleeperCount == 1)
        await clock.advance(by: .milliseconds(1))
        try await sleeper.value
        let woken = woke.load(ordering: .sequentiallyConsistent)
        #expect(woken)
        #expect(clock.now == .init(offset: .seconds(5)))
    }

    @Test func aPastDeadlineReturnsAtOnce() async throws {
        let clock = ManualClock(start: .init(offset: .seconds(10)))
        try await clock.sleep(until: .init(offset: .seconds(3)), tolerance: nil)
        #expect(clock.sleeperCount == 0)
    }

    @Test func cancellingASleeperEndsItWithCancellationError() async throws {
        let clock = ManualClock()
        let sleeper = Task { try await clock.sleep(for: .seconds(60)) }
        await clock.waitForSleepers(1)
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
        #expect(clock.now.offset == .zero)
    }

    @Test func advancingWakesSleepersInDeadlineOrderIncludingOnesThatSleepAgain() async throws {
        let clock = ManualClock()
        final class Log: Sendable { let lines = Mutex<[String]>([]) }
        let log = Log()
        let late = Task {
            try await clock.sleep(for: .seconds(10))
            log.lines.withLock { $0.append("late@\(clock.now.offset)") }
        }
        let early = Task {
            try await clock.sleep(for: .seconds(2))
            log.lines.withLock { $0.append("early@\(clock.now.offset)") }
            try await clock.sleep(for: .seconds(3))
            log.lines.withLock { $0.append("again@\(clock.now.offset)") }
        }
        await clock.waitForSleepers(2)
        await clock.advance(by: .seconds(20))
        try await early.value
        try await late.value
        #expect(log.lines.withLock { $0 } == ["early@2.0 seconds", "again@5.0 seconds", "late@10.0 seconds"])
        #expect(clock.now.offset == .seconds(20))
    }

    @Test func instantsMeasureDurations() {
        let a = ManualClock.Instant(offset: .seconds(1))
        #expect(a.advanced(by: .seconds(2)) == .init(offset: .seconds(3)))
        #expect(a.duration(to: .init(offset: .milliseconds(1500))) == .milliseconds(500))
        #expect(a < .init(offset: .seconds(2)))
    }
}
