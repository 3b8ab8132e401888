import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// When 429s keep coming (another machine on the address, a lowered limit), the limiter backs
/// off with growing waits up to a cap, sends one probe at a time after each, opens a circuit
/// after repeated 429s and says so; it never keeps sending into the server's penalty box.
@Suite struct RejectionBackoffTests {
    static let limit = RateLimit(requests: 10, per: .seconds(10))

    /// Admits at `now`, or fails the test.
    static func admit(_ state: inout RateLimitState, at now: Duration) -> UInt64? {
        guard case .proceed(let token) = state.requestSlot(at: now) else { return nil }
        return token
    }

    static func holdEnd(_ state: inout RateLimitState, at now: Duration) -> Duration? {
        if case .wait(let until, _) = state.requestSlot(at: now) { return until }
        return nil
    }

    @Test func waitsGrowWithEach429InARowUpToTheCap() throws {
        var state = RateLimitState(limit: Self.limit)
        state.rejectionBackoffCap = .seconds(50)
        var now = Duration.zero
        var holds: [Duration] = []
        for _ in 0..<5 {
            let token = try #require(Self.admit(&state, at: now))
            state.complete(token, at: now, outcome: .response(status: 429, headers: nil))
            let end = try #require(Self.holdEnd(&state, at: now))
            holds.append(end - now)
            now = end
        }
        // One window, twice, four times, then the cap; the circuit is open from the third on.
        #expect(holds == [.seconds(10), .seconds(20), .seconds(40), .seconds(50), .seconds(50)])
        #expect(state.isCircuitOpen)
        if case .wait(_, let reason) = state.requestSlot(at: now - .seconds(1)) {
            #expect(reason == .circuitOpen(rejections: 5))
        }
    }

    @Test func afterTheHoldOneProbeGoesAloneUntilItsAnswer() throws {
        var state = RateLimitState(limit: Self.limit)
        let first = try #require(Self.admit(&state, at: .zero))
        state.complete(first, at: .seconds(1), outcome: .response(status: 429, headers: nil))
        #expect(Self.admit(&state, at: .seconds(5)) == nil, "held during the back-off")
        let probe = try #require(Self.admit(&state, at: .seconds(11)))
        guard case .waitForCompletion = state.requestSlot(at: .seconds(11)) else {
            Issue.record("a second request went beside the probe")
            return
        }
        state.complete(probe, at: .seconds(12), outcome: .response(status: 200, headers: nil))
        #expect(state.consecutiveRejections == 0)
        #expect(state.rejectionHoldUntil == nil)
        #expect(Self.admit(&state, at: .seconds(12)) != nil)
    }

    @Test func anyOtherAnswerEndsTheRun() throws {
        var state = RateLimitState(limit: Self.limit)
        let a = try #require(Self.admit(&state, at: .zero))
        state.complete(a, at: .zero, outcome: .response(status: 429, headers: nil))
        let b = try #require(Self.admit(&state, at: .seconds(10)))
        state.complete(b, at: .seconds(10), outcome: .response(status: 503, headers: nil))
        #expect(state.consecutiveRejections == 0)
    }

    /// Through the client: the circuit event is reported once, and `--stats` counts it.
    @Test func theCircuitIsReportedOnceAndCounted() async throws {
        let clock = ManualClock()
        let statistics = ClientStatistics()
        let opened = Atomic<Int>(0)
        let transport = MockTransport { _ in MockTransport.response(status: 429, json: MockTransport.errorBody("You are making requests too quickly.")) }
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: .token("t"),
                                                        observer: CompositeObserver([statistics, ClosureObserver { event in
            if case .rateLimitCircuitOpened = event { opened.add(1, ordering: .relaxed) }
        }]))
        configuration.clock = clock
        configuration.rateLimit = RateLimit(requests: 10, per: .seconds(10))
        configuration.retryPolicy = .exponential(base: .seconds(1), maxAttempts: 5)
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        let result = await ClockDriver.runResult(clock) { try await client.release(1) }
        guard case .failure(DiscogsError.rateLimited) = result else {
            Issue.record("expected rateLimited, got \(result)")
            return
        }
        #expect(transport.requests.count == 5)
        #expect(opened.load(ordering: .relaxed) == 1)
        #expect(statistics.snapshot().rateLimitCircuitOpenings == 1)
        // The attempts were spread out by the growing back-off, never sent into a full window.
        #expect(clock.now.offset >= .seconds(10 + 20 + 40 + 80))
    }
}
