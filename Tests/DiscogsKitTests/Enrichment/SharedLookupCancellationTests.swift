import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// Cancelling a run stops its shared lookups: a cancelled waiter returns at once, and the shared
/// fetch is cancelled when its last waiter is (before, `await task.value` waited out the fetch and
/// every retry, and orphaned fetches kept spending the rate limit).
@Suite struct SharedLookupCancellationTests {
    /// A fetch that waits for cancellation and says whether it saw it.
    final class SlowFetch: Sendable {
        let started = Atomic<Int>(0)
        let cancelled = Atomic<Int>(0)

        func run<T>(_ value: T) async throws -> T {
            started.add(1, ordering: .relaxed)
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                cancelled.add(1, ordering: .relaxed)
                throw error
            }
            return value
        }

        func waitUntilStarted(_ count: Int = 1) async throws {
            for _ in 0..<500 where started.load(ordering: .relaxed) < count { try await Task.sleep(for: .milliseconds(10)) }
        }

        func waitUntilCancelled() async throws {
            for _ in 0..<500 where cancelled.load(ordering: .relaxed) == 0 { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    @Test func cancellingTheOnlyWaiterCancelsTheReleaseFetch() async throws {
        let cache = ReleaseCache()
        let fetch = SlowFetch()
        let task = Task { try await cache.release(7) { try await fetch.run(ReleaseCacheTests.release($0)) } }
        try await fetch.waitUntilStarted()
        let cancelledAt = ContinuousClock.now
        task.cancel()
        let result = await task.result
        #expect(ContinuousClock.now - cancelledAt < .seconds(10), "the fetch itself takes 30 s")
        #expect(throws: CancellationError.self) { try result.get() }
        try await fetch.waitUntilCancelled()
        #expect(fetch.cancelled.load(ordering: .relaxed) == 1)
        #expect(await cache.contains(7) == false)
    }

    @Test func aCancelledWaiterLeavesTheOthersTheirFetch() async throws {
        let cache = ReleaseCache()
        let gate = Mutex<CheckedContinuation<Void, Never>?>(nil)
        let fetches = Atomic<Int>(0)
        let fetch: @Sendable (Int) async throws -> Release = { id in
            fetches.add(1, ordering: .relaxed)
            await withCheckedContinuation { continuation in gate.withLock { $0 = continuation } }
            return ReleaseCacheTests.release(id)
        }
        let first = Task { try await cache.release(8, fetch: fetch) }
        for _ in 0..<500 where gate.withLock({ $0 == nil }) { try await Task.sleep(for: .milliseconds(10)) }
        let second = Task { try await cache.release(8, fetch: fetch) }
        try await Task.sleep(for: .milliseconds(50))
        // Opens the fetch after 8 s in any case, so a waiter that ignores cancellation fails
        // this test instead of hanging it.
        let valve = Task {
            try? await Task.sleep(for: .seconds(8))
            gate.withLock { $0?.resume(); $0 = nil }
        }
        defer { valve.cancel() }
        let cancelledAt = ContinuousClock.now
        first.cancel()
        await #expect(throws: CancellationError.self) { try await first.value }
        #expect(ContinuousClock.now - cancelledAt < .seconds(10), "the fetch itself takes 30 s")
        gate.withLock { $0?.resume(); $0 = nil }
        #expect(try await second.value.id == 8)
        #expect(fetches.load(ordering: .relaxed) == 1)
        #expect(await cache.contains(8))
    }

    @Test func cancellingAnArtistLookupStopsItsRequest() async throws {
        let fetch = SlowFetch()
        let transport = MockTransport { _ in
            try await fetch.run(MockTransport.response(status: 200, json: #"{"pagination": {"page": 1, "pages": 1, "per_page": 50, "items": 0, "urls": {}}, "results": []}"#))
        }
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: .token("t"))
        configuration.rateLimit = RateLimit(requests: 1000, per: .seconds(60))
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        let directory = ArtistDirectory()
        let task = Task { try await directory.artistIDs(named: "paula temple", client: client) }
        try await fetch.waitUntilStarted()
        let cancelledAt = ContinuousClock.now
        task.cancel()
        _ = await task.result
        #expect(ContinuousClock.now - cancelledAt < .seconds(10), "the fetch itself takes 30 s")
        try await fetch.waitUntilCancelled()
        #expect(fetch.cancelled.load(ordering: .relaxed) == 1)
    }
}
