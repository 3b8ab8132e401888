import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

@Suite struct ClientRateLimitingTests {
    typealias R = ResilienceClient

    @Test func everyCopyOfAClientSharesOneLimiter() async throws {
        let clock = ManualClock()
        let client = try R.make(MockTransport.json("{}"), clock: clock, rateLimit: RateLimit(requests: 1, per: .seconds(10)))
        let copy = client
        _ = try await client.json(Endpoint(path: "/releases/1"))
        _ = try await ClockDriver.run(clock) { try await copy.json(Endpoint(path: "/releases/2")) }
        #expect(clock.now.offset == .seconds(10))
    }

    @Test func separateClientsHaveSeparateLimiters() async throws {
        let clock = ManualClock()
        let transport = MockTransport.json("{}")
        let one = try R.make(transport, clock: clock, rateLimit: RateLimit(requests: 1, per: .seconds(10)))
        let two = try R.make(transport, clock: clock, rateLimit: RateLimit(requests: 1, per: .seconds(10)))
        _ = try await one.json(Endpoint(path: "/releases/1"))
        _ = try await two.json(Endpoint(path: "/releases/2"))
        #expect(clock.now.offset == .zero)
    }

    @Test(arguments: [RateLimit(requests: 0, per: .seconds(60)), RateLimit(requests: 5, per: .zero)])
    func refusesALimitThatCannotBeEnforced(limit: RateLimit) {
        #expect {
            _ = try R.make(MockTransport.ok, clock: ManualClock(), rateLimit: limit)
        } throws: { error in
            guard case DiscogsError.invalidRequest = error else { return false }
            return true
        }
    }

    @Test func picksTheLimitByCredentialsUnlessConfigured() {
        var configuration = DiscogsClient.Configuration(userAgent: "Test/1.0")
        #expect(configuration.effectiveRateLimit == .unauthenticated)
        configuration.credentials = .token("t")
        #expect(configuration.effectiveRateLimit == .authenticated)
        configuration.rateLimit = RateLimit(requests: 30, per: .seconds(3))
        #expect(configuration.effectiveRateLimit == RateLimit(requests: 30, per: .seconds(3)))
        #expect(configuration.sharedRateLimitFile == nil)
        #expect(configuration.deadline == nil)
        #expect(configuration.retryPolicy.maxAttempts == 6)
    }

    @Test func eventsFollowThePipelineOrder() async throws {
        let clock = ManualClock()
        let events = R.Events()
        let transport = MockTransport.sequence([R.status(503), R.ok()])
        let client = try R.make(transport, clock: clock, events: events, rateLimit: RateLimit(requests: 1, per: .seconds(2)))
        _ = try await ClockDriver.run(clock) { try await client.json(Endpoint(path: "/releases/1")) }
        let names = events.all.withLock { $0.map { event -> String in
            switch event {
            case .requestStarted(let e): "started \(e.attempt)"
            case .requestFinished(let e): "finished \(e.status)"
            case .requestFailed: "failed"
            case .retryScheduled: "retry"
            case .rateLimitWait: "wait"
            case .decodingIssue: "issue"
            case .requestGaveUp: "gave up"
            case .transportFallback: "fallback"
            case .serverUnreachable: "unreachable"
            case .rateLimitCircuitOpened: "circuit"
            }
        } }
        #expect(names == ["started 1", "finished 503", "retry", "wait", "started 2", "finished 200"])
    }

    @Test func manyConcurrentRequestsThroughTheClientKeepToTheWindow() async throws {
        let clock = ManualClock()
        let sent = Mutex<[Duration]>([])
        let transport = MockTransport { _ in
            sent.withLock { $0.append(clock.now.offset) }
            return MockTransport.response(status: 200, json: "{}")
        }
        let limit = RateLimit(requests: 5, per: .seconds(1))
        let client = try R.make(transport, clock: clock, rateLimit: limit)
        _ = try await ClockDriver.run(clock) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in 1...40 { group.addTask { _ = try await client.json(Endpoint(path: "/releases/\(id)")) } }
                try await group.waitForAll()
            }
        }
        let times = sent.withLock { $0 }.sorted()
        #expect(times.count == 40)
        for (index, start) in times.enumerated() {
            #expect(times[index...].prefix { $0 < start + limit.window }.count <= limit.requests)
        }
    }
}
