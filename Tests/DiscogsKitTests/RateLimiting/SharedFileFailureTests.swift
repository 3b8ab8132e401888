import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When the shared rate-limit file cannot be used (its lock held by a stopped process, a
/// corrupt header, a failed write), the limiter waits and polls: it never admits a slot that
/// the other processes cannot see, and never blocks a cooperative thread waiting for the lock.
@Suite struct SharedFileFailureTests {
    @Test func aHeldLockHoldsRequestsBackInsteadOfLettingThemGoUnseen() async throws {
        let file = try SharedRateLimitStoreTests.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let store = try SharedRateLimitStore(fileURL: file)
        let limiter = RateLimiter(limit: RateLimit(requests: 100, per: .seconds(60)), sharedStore: store)
        // Another process took the lock and stopped (kill -STOP) while holding it.
        let other = open(file.path, O_RDWR)
        #expect(other >= 0)
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        let started = ContinuousClock.now
        let acquired = Task { try await limiter.acquire() }
        try await Task.sleep(for: .milliseconds(2_600))
        // Before the fix the lock poll gave up after 2 s and admitted a slot no one could see.
        #expect(await limiter.currentState.localSlots.isEmpty, "a slot was admitted without the file")
        _ = flock(other, LOCK_UN)
        close(other)
        let permit = try await acquired.value
        #expect(ContinuousClock.now - started >= .milliseconds(2_600))
        await limiter.complete(permit, outcome: .response(status: 200, headers: nil))
        #expect(try store.entries().count == 1, "the slot is in the file")
    }

    @Test func aCorruptFileCostsAPollNotAnUnseenSlot() async throws {
        let file = try SharedRateLimitStoreTests.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let clock = ManualClock()
        let store = try SharedRateLimitStore(fileURL: file, wallClock: SharedRateLimitStoreTests.wallClock(following: clock))
        let limiter = RateLimiter(limit: RateLimit(requests: 10, per: .seconds(10)), clock: clock, sharedStore: store)
        try Data("garbage that is not the format\n".utf8).write(to: file)
        let permit = try await ClockDriver.run(clock) { try await limiter.acquire() }
        #expect(permit.admittedAt > .zero, "the first look at a corrupt file admits nothing")
        await limiter.complete(permit, outcome: .response(status: 200, headers: nil))
        #expect(try store.entries().count == 1)
    }
}
