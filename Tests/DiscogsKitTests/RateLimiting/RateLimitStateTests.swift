import DiscogsKit
import Testing

@Suite struct RateLimitStateTests {
    static let ok = RateLimitState.Outcome.response(status: 200, headers: nil)

    /// Admits at `time` or records an issue.
    static func admit(_ state: inout RateLimitState, at time: Duration,
                      sourceLocation: SourceLocation = #_sourceLocation) -> UInt64 {
        guard case .proceed(let token) = state.requestSlot(at: time) else {
            Issue.record("expected a slot at \(time), got \(state.requestSlot(at: time))", sourceLocation: sourceLocation)
            return 0
        }
        return token
    }

    static func headers(limit: Int, used: Int) -> RateLimitState.Outcome {
        .response(status: 200, headers: RateLimitHeaders(limit: limit, used: used, remaining: max(0, limit - used)))
    }

    @Test func fillsTheWindowThenWaitsForTheFirstSlotToExpire() {
        var state = RateLimitState(limit: RateLimit(requests: 3, per: .seconds(10)))
        for second in 0..<3 {
            let token = Self.admit(&state, at: .seconds(second))
            state.complete(token, at: .seconds(second) + .milliseconds(100), outcome: Self.ok)
        }
        #expect(state.occupied(at: .seconds(3)) == 3)
        #expect(state.requestSlot(at: .seconds(3)) == .wait(until: .milliseconds(10_100),
                                                            reason: .windowFull(limit: 3, window: .seconds(10))))
        #expect(state.requestSlot(at: .milliseconds(10_099)) == .wait(until: .milliseconds(10_100),
                                                                      reason: .windowFull(limit: 3, window: .seconds(10))))
        _ = Self.admit(&state, at: .milliseconds(10_100))
    }

    @Test func holdsASlotUntilOneWindowAfterItsAnswer() {
        // The server counted the request somewhere between admission (0 s) and answer (2 s).
        var state = RateLimitState(limit: RateLimit(requests: 1, per: .seconds(10)))
        let token = Self.admit(&state, at: .zero)
        state.complete(token, at: .seconds(2), outcome: Self.ok)
        #expect(state.requestSlot(at: .seconds(11)) == .wait(until: .seconds(12), reason: .windowFull(limit: 1, window: .seconds(10))))
        _ = Self.admit(&state, at: .seconds(12))
    }

    @Test func slotsInFlightCountUntilTheyComplete() {
        var state = RateLimitState(limit: RateLimit(requests: 2, per: .seconds(10)))
        let first = Self.admit(&state, at: .zero)
        state.complete(first, at: .zero, outcome: Self.ok)
        _ = Self.admit(&state, at: .seconds(1))   // in flight
        // One slot expires at 10 s; the one in flight has no known end yet.
        #expect(state.requestSlot(at: .seconds(2)) == .wait(until: .seconds(10), reason: .windowFull(limit: 2, window: .seconds(10))))
        _ = Self.admit(&state, at: .seconds(30))   // the first expired; the one in flight still counts
        #expect(state.requestSlot(at: .seconds(30)) == .waitForCompletion(reason: .windowFull(limit: 2, window: .seconds(10))))
    }

    @Test func waitsForCompletionWhenEverySlotIsInFlight() {
        var state = RateLimitState(limit: RateLimit(requests: 2, per: .seconds(10)))
        let first = Self.admit(&state, at: .zero)
        state.complete(first, at: .zero, outcome: Self.ok)
        let second = Self.admit(&state, at: .seconds(11))
        _ = Self.admit(&state, at: .seconds(11))
        #expect(state.requestSlot(at: .seconds(12)) == .waitForCompletion(reason: .windowFull(limit: 2, window: .seconds(10))))
        state.complete(second, at: .seconds(12), outcome: Self.ok)
        #expect(state.requestSlot(at: .seconds(12)) == .wait(until: .seconds(22), reason: .windowFull(limit: 2, window: .seconds(10))))
    }

    @Test func onlyOneAttemptGoesBeforeTheFirstAnswer() {
        var state = RateLimitState(limit: .authenticated)
        let first = Self.admit(&state, at: .zero)
        #expect(state.requestSlot(at: .zero) == .waitForCompletion(reason: .awaitingServerCount))
        state.complete(first, at: .milliseconds(50), outcome: Self.ok)
        _ = Self.admit(&state, at: .milliseconds(50))
        _ = Self.admit(&state, at: .milliseconds(50))
    }

    @Test func aRequestThatNeverReachedTheServerFreesItsSlot() {
        var state = RateLimitState(limit: RateLimit(requests: 1, per: .seconds(10)))
        let token = Self.admit(&state, at: .zero)
        state.complete(token, at: .seconds(1), outcome: .failed(reachedServer: false))
        #expect(state.occupied(at: .seconds(1)) == 0)
        _ = Self.admit(&state, at: .seconds(1))
    }

    @Test func aFailureThatMayHaveReachedTheServerKeepsItsSlot() {
        var state = RateLimitState(limit: RateLimit(requests: 1, per: .seconds(10)))
        let token = Self.admit(&state, at: .zero)
        state.complete(token, at: .seconds(1), outcome: .failed(reachedServer: true))
        #expect(state.requestSlot(at: .seconds(2)) == .wait(until: .seconds(11), reason: .windowFull(limit: 1, window: .seconds(10))))
    }

    @Test func slowsDownWhenTheServerCountsRequestsFromElsewhere() {
        var state = RateLimitState(limit: RateLimit(requests: 20, per: .seconds(10)))
        let token = Self.admit(&state, at: .zero)
        // The server saw 10 in its window; this machine sent 1.
        state.complete(token, at: .seconds(1), outcome: Self.headers(limit: 20, used: 10))
        #expect(state.external(at: .seconds(1)) == 9)
        #expect(state.isSharing(at: .seconds(1)))
        // 20 less 4 slots of headroom for the other sender's requests not yet counted.
        #expect(state.budget(at: .seconds(1)) == 16)
        // While sharing, one request at a time: its answer brings the newest count.
        for sent in 2...7 {
            let token = Self.admit(&state, at: .seconds(1))
            #expect(state.requestSlot(at: .seconds(1)) == .waitForCompletion(reason: .awaitingServerCount))
            state.complete(token, at: .seconds(1), outcome: Self.headers(limit: 20, used: 9 + sent))
        }
        #expect(state.external(at: .seconds(1)) == 9)
        #expect(state.requestSlot(at: .seconds(1)) == .wait(until: .seconds(11), reason: .externalUsage(9)))
    }

    /// Another sender's usage with plenty of room left (the case of a run right after another,
    /// or a generous limit): requests keep going concurrently, and go one at a time only once
    /// the free slots fall to ``RateLimitState/serialisingRoom``.
    @Test(arguments: [(1000, 39), (60, 10), (100, 50)])
    func sharingWithRoomLeftStaysConcurrent(limit: Int, elsewhere: Int) {
        var state = RateLimitState(limit: RateLimit(requests: limit, per: .seconds(60)))
        let first = Self.admit(&state, at: .zero)
        state.complete(first, at: .milliseconds(300), outcome: Self.headers(limit: limit, used: elsewhere + 1))
        #expect(state.isSharing(at: .milliseconds(300)))
        var inFlight: [UInt64] = []
        var now = Duration.milliseconds(300)
        while state.budget(at: now) - state.occupied(at: now) > state.serialisingRoom {
            guard case .proceed(let token) = state.requestSlot(at: now) else {
                Issue.record("held back with \(state.budget(at: now) - state.occupied(at: now)) slots free")
                return
            }
            inFlight.append(token)
            now += .milliseconds(1)
        }
        #expect(inFlight.count > 1)
        #expect(state.requestSlot(at: now) == .waitForCompletion(reason: .awaitingServerCount))
    }

    @Test func speedsBackUpAsTheOtherUsageDrains() {
        var state = RateLimitState(limit: RateLimit(requests: 20, per: .seconds(10)))
        let first = Self.admit(&state, at: .zero)
        state.complete(first, at: .seconds(1), outcome: Self.headers(limit: 20, used: 8))
        // A newer answer shows only this machine's two requests: the others have drained.
        let second = Self.admit(&state, at: .seconds(5))
        state.complete(second, at: .seconds(6), outcome: Self.headers(limit: 20, used: 2))
        #expect(state.external(at: .seconds(6)) == 0)
        #expect(state.occupied(at: .seconds(6)) == 2)
        // The headroom is kept for two windows after the last usage from elsewhere, then dropped.
        #expect(state.budget(at: .seconds(20)) == 16)
        #expect(state.budget(at: .seconds(21)) == 20)
    }

    @Test func usageFromElsewhereLapsesOneWindowAfterItsAnswerThenOneRequestProbes() {
        var state = RateLimitState(limit: RateLimit(requests: 10, per: .seconds(10)))
        let only = Self.admit(&state, at: .zero)
        state.complete(only, at: .seconds(1), outcome: Self.headers(limit: 10, used: 10))
        #expect(state.occupied(at: .milliseconds(10_999)) == 10)
        #expect(state.requestSlot(at: .seconds(5)) == .wait(until: .seconds(11), reason: .externalUsage(9)))
        #expect(state.occupied(at: .seconds(11)) == 0)
        // No newer count yet: one request goes and its answer is awaited before the next.
        let probe = Self.admit(&state, at: .seconds(11))
        #expect(state.requestSlot(at: .seconds(11)) == .waitForCompletion(reason: .awaitingServerCount))
        state.complete(probe, at: .milliseconds(11_100), outcome: Self.headers(limit: 10, used: 3))
        #expect(state.external(at: .milliseconds(11_100)) == 2)
        _ = Self.admit(&state, at: .milliseconds(11_100))
    }

    @Test func oneUnexplainedRequestIsCountedButDoesNotStartSharing() {
        // The HTTP stack may re-send a request on a dropped keep-alive connection.
        var state = RateLimitState(limit: RateLimit(requests: 20, per: .seconds(10)))
        let token = Self.admit(&state, at: .zero)
        state.complete(token, at: .seconds(1), outcome: Self.headers(limit: 20, used: 2))
        #expect(state.external(at: .seconds(1)) == 1)
        #expect(!state.isSharing(at: .seconds(1)))
        _ = Self.admit(&state, at: .seconds(1))
        _ = Self.admit(&state, at: .seconds(1))   // no one-at-a-time rule
    }

    @Test func anOlderAnswerDoesNotOverrideANewerView() {
        var state = RateLimitState(limit: RateLimit(requests: 10, per: .seconds(10)))
        let first = Self.admit(&state, at: .zero)
        state.complete(first, at: .zero, outcome: Self.ok)
        let older = Self.admit(&state, at: .seconds(1))
        let newer = Self.admit(&state, at: .seconds(2))
        state.complete(newer, at: .seconds(3), outcome: Self.headers(limit: 10, used: 3))
        state.complete(older, at: .seconds(4), outcome: Self.headers(limit: 10, used: 9))
        #expect(state.external(at: .seconds(4)) == 0)
    }

    @Test func theServersLowerLimitWins() {
        var state = RateLimitState(limit: .authenticated)
        let token = Self.admit(&state, at: .zero)
        state.complete(token, at: .milliseconds(100), outcome: Self.headers(limit: 25, used: 1))
        #expect(state.effectiveLimit == 25)
        for _ in 1..<25 { _ = Self.admit(&state, at: .seconds(1)) }
        #expect(state.requestSlot(at: .seconds(1)) == .wait(until: .milliseconds(60_100),
                                                            reason: .windowFull(limit: 25, window: .seconds(60))))
        // A higher reported limit never raises the configured one.
        var small = RateLimitState(limit: RateLimit(requests: 5, per: .seconds(60)))
        let only = Self.admit(&small, at: .zero)
        small.complete(only, at: .zero, outcome: Self.headers(limit: 60, used: 1))
        #expect(small.effectiveLimit == 5)
    }

    @Test func a429HoldsTheWindowUntilItDrains() {
        var state = RateLimitState(limit: RateLimit(requests: 5, per: .seconds(10)))
        let token = Self.admit(&state, at: .zero)
        state.complete(token, at: .seconds(1), outcome: .response(status: 429, headers: nil))
        #expect(state.occupied(at: .seconds(1)) == 5)
        #expect(state.requestSlot(at: .seconds(1)) == .wait(until: .seconds(11), reason: .rejected))
        _ = Self.admit(&state, at: .seconds(11))
    }

    @Test func aCountBelowOneCannotStallTheState() {
        var state = RateLimitState(limit: RateLimit(requests: 0, per: .zero))
        #expect(state.effectiveLimit == 1)
        _ = Self.admit(&state, at: .zero)
    }

    @Test func foreignSlotsCountAndAreReplacedOnEachRead() {
        var state = RateLimitState(limit: RateLimit(requests: 2, per: .seconds(10)))
        state.replaceForeignSlots([(admittedAt: .zero, expiresAt: .seconds(10)), (admittedAt: .zero, expiresAt: .seconds(12))])
        #expect(state.requestSlot(at: .seconds(1)) == .wait(until: .seconds(10), reason: .windowFull(limit: 2, window: .seconds(10))))
        state.replaceForeignSlots([])
        _ = Self.admit(&state, at: .seconds(1))
        #expect(state.localSlots.count == 1)
    }
}

@Suite struct RateLimitTests {
    @Test(arguments: [
        ("30/3", 30, Duration.seconds(3)), ("60/60", 60, .seconds(60)), ("25", 25, .seconds(60)),
        (" 10 / 2.5 ", 10, .milliseconds(2500)),
    ])
    func parsesCountPerSeconds(text: String, requests: Int, window: Duration) throws {
        #expect(try RateLimit(parsing: text) == RateLimit(requests: requests, per: window))
    }

    @Test(arguments: ["", "abc", "30/", "30/x", "0/3", "-1/3", "30/0", "30/-2", "1/2/3",
                      // Numbers no window or count can hold: a usage error, never a trap.
                      "1/1e16", "1/1e300", "99999999999999999999/60", "1/0.0000001", "30/nan", "30/inf"])
    func rejectsMalformedLimitsWithAClearMessage(text: String) {
        #expect {
            _ = try RateLimit(parsing: text)
        } throws: { error in
            guard case DiscogsError.invalidRequest(let reason) = error else { return false }
            return reason.contains("rate limit") || reason.contains("window")
        }
    }

    @Test func picksThePresetByCredentials() {
        #expect(RateLimit.for(.token("t")) == RateLimit(requests: 60, per: .seconds(60)))
        #expect(RateLimit.for(.none) == RateLimit(requests: 25, per: .seconds(60)))
        #expect(RateLimit(requests: 30, per: .seconds(3)).description == "30/3s")
    }
}
