import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

@Suite struct RateLimiterTests {
    static let ok = RateLimitState.Outcome.response(status: 200, headers: nil)

    @Test func waitsForTheWindowAndSaysHowLong() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 2, per: .seconds(10)), clock: clock)
        for _ in 0..<2 {
            let permit = try await limiter.acquire()
            #expect(permit.waited == .zero)
            await limiter.complete(permit, outcome: Self.ok)
        }
        let third = Task { try await limiter.acquire() }
        await clock.waitForSleepers(1)
        #expect(clock.nextDeadline == .init(offset: .seconds(10)))
        await clock.advance(by: .seconds(9))
        #expect(await limiter.waitingCount == 1)
        await clock.advance(by: .seconds(1))
        let permit = try await third.value
        #expect(permit.waited == .seconds(10))
        #expect(permit.admittedAt == .seconds(10))
        #expect(permit.reason == .windowFull(limit: 2, window: .seconds(10)))
    }

    @Test func cancellingAWaiterEndsItAtOnceAndLeavesNoSlotHeld() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 1, per: .seconds(10)), clock: clock)
        let first = try await limiter.acquire()
        await limiter.complete(first, outcome: Self.ok)
        let waiter = Task { try await limiter.acquire() }
        await ClockDriver.waitUntil { await limiter.waitingCount == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { _ = try await waiter.value }
        #expect(clock.now == .init(offset: .zero))   // ended without any time passing
        #expect(await limiter.waitingCount == 0)
        await clock.advance(by: .seconds(10))
        // The cancelled waiter took nothing: the next request gets the freed slot at once.
        let next = try await limiter.acquire()
        #expect(next.waited == .zero)
        #expect(await limiter.currentState.localSlots.count == 1)
    }

    @Test func aCancelledTaskDoesNotEvenStartWaiting() async throws {
        let limiter = RateLimiter(limit: .authenticated, clock: ManualClock())
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await limiter.acquire()
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(await limiter.currentState.slots.isEmpty)
    }

    @Test func waitersAreServedInArrivalOrder() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 1, per: .seconds(1)), clock: clock)
        await limiter.complete(try await limiter.acquire(), outcome: Self.ok)
        var tasks: [Task<Duration, any Error>] = []
        for index in 0..<5 {
            tasks.append(Task {
                let permit = try await limiter.acquire()
                await limiter.complete(permit, outcome: Self.ok)
                return permit.admittedAt
            })
            await ClockDriver.waitUntil { await limiter.waitingCount == index + 1 }
        }
        await ClockDriver.drive(clock, until: { await limiter.waitingCount == 0 && clock.sleeperCount == 0 })
        var admissions: [Duration] = []
        for task in tasks { admissions.append(try await task.value) }
        #expect(admissions == (1...5).map { Duration.seconds($0) })
    }

    @Test func twoHundredConcurrentTasksNeverExceedTheLimitInAnyWindow() async throws {
        let clock = ManualClock()
        let limit = RateLimit(requests: 10, per: .seconds(1))
        let limiter = RateLimiter(limit: limit, clock: clock)
        final class Record: Sendable {
            let admissions = Mutex<[Duration]>([])
            let finished = Atomic<Int>(0)
        }
        let record = Record()
        let count = 200
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<count {
                group.addTask {
                    let permit = try await limiter.acquire()
                    record.admissions.withLock { $0.append(permit.admittedAt) }
                    await limiter.complete(permit, outcome: Self.ok)
                    record.finished.add(1, ordering: .sequentiallyConsistent)
                }
            }
            // Advance only when every task has finished or queued, so the schedule is exact.
            let finished: @Sendable () -> Int = { record.finished.load(ordering: .sequentiallyConsistent) }
            await ClockDriver.drive(clock, until: { finished() == count },
                                    ready: { await limiter.waitingCount + finished() == count })
            try await group.waitForAll()
        }
        let times = record.admissions.withLock { $0 }.sorted()
        #expect(times.count == count)
        for (index, start) in times.enumerated() {
            let inWindow = times[index...].prefix { $0 < start + limit.window }.count
            #expect(inWindow <= limit.requests, "\(inWindow) requests in the window from \(start)")
        }
        // Every window is used to the last request: 200 requests at 10/s start within 19 s.
        #expect(times.last == .seconds(19))
    }

    @Test func adaptsToTheServersCountThroughTheMiddleware() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 5, per: .seconds(10)), clock: clock)
        let events = Mutex<[DiscogsEvent.RateLimitWait]>([])
        let observer = ClosureObserver { event in
            if case .rateLimitWait(let wait) = event { events.withLock { $0.append(wait) } }
        }
        // Another machine behind the same address has used 4 of the 5.
        let transport = MockTransport.json("{}", headers: ["X-Discogs-Ratelimit": "5", "X-Discogs-Ratelimit-Used": "5",
                                                           "X-Discogs-Ratelimit-Remaining": "0"])
        let chain = MiddlewareChain([RateLimitMiddleware(limiter: limiter, observer: observer)], transport: transport)
        let request = HTTPRequest(url: URL(string: "https://api.test/releases/1")!)
        _ = try await chain.send(request)
        _ = try await ClockDriver.run(clock) { try await chain.send(request) }
        let waits = events.withLock { $0 }
        #expect(waits.count == 1)
        #expect(waits.first?.duration == .seconds(10))
        #expect(waits.first?.reason.contains("from elsewhere") == true)
    }

    @Test func theMiddlewareReleasesTheSlotOfARequestThatNeverReachedTheServer() async throws {
        let limiter = RateLimiter(limit: RateLimit(requests: 1, per: .seconds(60)), clock: ManualClock())
        let chain = MiddlewareChain([RateLimitMiddleware(limiter: limiter, observer: NoOpObserver())],
                                    transport: MockTransport.failing(TransportError(.cannotConnect)))
        let request = HTTPRequest(url: URL(string: "https://api.test/releases/1")!)
        for _ in 0..<3 {
            await #expect(throws: TransportError.self) { _ = try await chain.send(request) }
        }
        #expect(await limiter.currentState.slots.isEmpty)
    }

    @Test func aRequestCancelledInFlightKeepsItsSlotForAWindow() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 1, per: .seconds(10)), clock: clock)
        // The transport never answers until cancelled: the request may have reached the server.
        let transport = MockTransport { _ in
            try await clock.sleep(for: .seconds(3600))
            return HTTPResponse(status: 200)
        }
        let chain = MiddlewareChain([RateLimitMiddleware(limiter: limiter, observer: NoOpObserver())], transport: transport)
        let task = Task { try await chain.send(HTTPRequest(url: URL(string: "https://api.test/releases/1")!)) }
        await clock.waitForSleepers(1)
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        let slots = await limiter.currentState.localSlots
        #expect(slots.count == 1)
        #expect(slots.first?.expiresAt == .seconds(10))
    }
}
