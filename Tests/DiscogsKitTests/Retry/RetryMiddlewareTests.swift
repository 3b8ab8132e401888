import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct RetryMiddlewareTests {
    typealias R = ResilienceClient

    static func get(_ client: DiscogsClient, clock: ManualClock) async throws -> JSONValue {
        try await ClockDriver.run(clock) { try await client.json(Endpoint(path: "/releases/1")) }
    }

    @Test(arguments: [408, 429, 500, 502, 503, 504, 522, 524])
    func retriesEachRetryableStatus(status: Int) async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(status), R.ok()])
        let events = R.Events()
        let client = try R.make(transport, clock: clock, events: events)
        _ = try await Self.get(client, clock: clock)
        #expect(transport.requests.count == 2)
        #expect(events.retries.map(\.reason) == ["status \(status)"])
        #expect(events.retries.first?.failedAttempt == 1)
    }

    @Test(arguments: [TransportError.Kind.timedOut, .connectionLost, .truncatedBody, .cannotConnect, .other])
    func retriesEachRetryableTransportError(kind: TransportError.Kind) async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([.failure(TransportError(kind)), R.ok()])
        let events = R.Events()
        _ = try await Self.get(try R.make(transport, clock: clock, events: events), clock: clock)
        #expect(transport.requests.count == 2)
        #expect(events.retries.map(\.reason) == [kind.rawValue])
    }

    @Test(arguments: [400, 401, 403, 404, 405, 409, 422])
    func doesNotRetryOtherStatuses(status: Int) async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(status), R.ok()])
        await #expect(throws: DiscogsError.self) { _ = try await Self.get(try R.make(transport, clock: clock), clock: clock) }
        #expect(transport.requests.count == 1)
    }

    @Test(arguments: [TransportError.Kind.invalidRequest])
    func doesNotRetryARequestThatCannotBeSent(kind: TransportError.Kind) async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([.failure(TransportError(kind)), R.ok()])
        await #expect(throws: DiscogsError.self) { _ = try await Self.get(try R.make(transport, clock: clock), clock: clock) }
        #expect(transport.requests.count == 1)
    }

    @Test func retriesASuccessWhoseBodyIsNotJSON() async throws {
        let clock = ManualClock()
        let page = HTTPResponse(status: 200, headers: ["Content-Type": "text/html"],
                                body: Data("<html>Service temporarily unavailable</html>".utf8))
        let transport = MockTransport.sequence([.success(page), R.ok(#"{"id": 7}"#)])
        let events = R.Events()
        let value = try await Self.get(try R.make(transport, clock: clock, events: events), clock: clock)
        #expect(value == .object(["id": .number(7)]))
        #expect(events.retries.map(\.reason) == ["non-JSON body in a 200 answer"])
    }

    @Test func aNonJSONSuccessThatNeverRecoversEndsAsADecodingError() async throws {
        let clock = ManualClock()
        let transport = MockTransport.data(Data("<html>down</html>".utf8), headers: ["Content-Type": "text/html"])
        let client = try R.make(transport, clock: clock, policy: R.zeroJitter(.exponential(base: .seconds(1), maxAttempts: 3)))
        await #expect {
            _ = try await Self.get(client, clock: clock)
        } throws: { error in
            guard case DiscogsError.decoding(let failure) = error else { return false }
            return failure.bodySnippet.contains("<html>down")
        }
        #expect(transport.requests.count == 3)
    }

    @Test func aBinaryAnswerIsNotMistakenForBrokenJSON() async throws {
        let image = HTTPResponse(status: 200, headers: ["Content-Type": "image/jpeg"], body: Data([0xFF, 0xD8, 0xFF]))
        let transport = MockTransport.sequence([.success(image)])
        let clock = ManualClock()
        let client = try R.make(transport, clock: clock)
        let response = try await ClockDriver.run(clock) { try await client.response(for: Endpoint(path: "/images/R-1.jpg")) }
        #expect(response.body.count == 3)
        #expect(transport.requests.count == 1)
    }

    @Test(arguments: [(503, "server_error"), (429, "rate_limited")])
    func exhaustedAttemptsReturnTheLastAnswerAsItsError(status: Int, kind: String) async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(status)])
        let client = try R.make(transport, clock: clock, policy: R.zeroJitter(.exponential(base: .seconds(1), maxAttempts: 4)))
        do {
            _ = try await Self.get(client, clock: clock)
            Issue.record("expected an error")
        } catch let error as DiscogsError {
            #expect(error.kind == kind)
            #expect(error.httpFailure?.attempts == 4)
            #expect(error.description.contains("4 attempt(s)"))
            #expect(error.serverMessage == "failure \(status)")
        }
        #expect(transport.requests.count == 4)
    }

    @Test func exhaustedTransportRetriesThrowTheLastError() async throws {
        let clock = ManualClock()
        let transport = MockTransport.failing(TransportError(.timedOut))
        let client = try R.make(transport, clock: clock, policy: R.zeroJitter(.exponential(base: .seconds(1), maxAttempts: 3)))
        await #expect {
            _ = try await Self.get(client, clock: clock)
        } throws: { error in
            guard case DiscogsError.transport(let failure) = error else { return false }
            return failure.attempts == 3 && failure.error.kind == .timedOut
        }
    }

    @Test(arguments: [
        (RetryPolicy.Outcome.response(MockTransport.response(status: 500, json: "{}")), false),
        (.response(MockTransport.response(status: 503, json: "{}")), false),
        (.response(MockTransport.response(status: 429, json: "{}")), true),
        (.error(TransportError(.cannotConnect)), true),
        (.error(TransportError(.connectionLost)), false),
        (.error(TransportError(.timedOut)), false),
    ])
    func aPostIsRetriedOnlyWhenItCannotHaveTakenEffect(first: RetryPolicy.Outcome, retried: Bool) async throws {
        let clock = ManualClock()
        let answer: Result<HTTPResponse, TransportError>
        switch first {
        case .response(let response): answer = .success(response)
        case .error(let error): answer = .failure(error)
        }
        let transport = MockTransport.sequence([answer, R.ok()])
        let client = try R.make(transport, clock: clock)
        let endpoint = Endpoint(method: .post, path: "/users/tester/collection/folders/1/releases/1")
        _ = try? await ClockDriver.run(clock) { try await client.response(for: endpoint) }
        #expect(transport.requests.count == (retried ? 2 : 1))
    }

    @Test(arguments: [HTTPRequest.Method.put, .delete])
    func putAndDeleteAreRetriedAfterServerErrors(method: HTTPRequest.Method) async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(502), .failure(TransportError(.connectionLost)), R.ok()])
        let client = try R.make(transport, clock: clock)
        _ = try await ClockDriver.run(clock) { try await client.response(for: Endpoint(method: method, path: "/users/tester/wants/1")) }
        #expect(transport.requests.count == 3)
    }

    @Test func honoursRetryAfterInSeconds() async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(503, headers: ["Retry-After": "7"]), R.ok()])
        let events = R.Events()
        _ = try await Self.get(try R.make(transport, clock: clock, events: events), clock: clock)
        #expect(events.retries.map(\.delay) == [.seconds(7)])
        #expect(clock.now.offset >= .seconds(7))
    }

    @Test func honoursRetryAfterAsAnHTTPDate() async throws {
        let clock = ManualClock()
        let headers: HTTPHeaders = ["Date": "Wed, 25 Nov 2026 10:00:00 GMT", "Retry-After": "Wed, 25 Nov 2026 10:00:12 GMT"]
        let transport = MockTransport.sequence([R.status(429, headers: headers), R.ok()])
        let events = R.Events()
        _ = try await Self.get(try R.make(transport, clock: clock, events: events), clock: clock)
        #expect(events.retries.map(\.delay) == [.seconds(12)])
    }

    @Test func aRetryAfterLongerThanTheDelayCapEndsTheRetries() async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(503, headers: ["Retry-After": "3600"]), R.ok()])
        await #expect {
            _ = try await Self.get(try R.make(transport, clock: clock), clock: clock)
        } throws: { error in (error as? DiscogsError)?.httpFailure?.retryAfter == "3600" }
        #expect(transport.requests.count == 1)
    }

    @Test func theTotalDelayCapEndsTheRetries() async throws {
        let clock = ManualClock()
        var policy = RetryPolicy.default
        policy.maxTotalDelay = .seconds(10)
        let transport = MockTransport.sequence([R.status(503, headers: ["Retry-After": "6"])])
        await #expect(throws: DiscogsError.self) { _ = try await Self.get(try R.make(transport, clock: clock, policy: policy), clock: clock) }
        #expect(transport.requests.count == 2)   // 6 s waited; another 6 s would pass the 10 s cap
    }

    @Test func noRetryIsScheduledPastTheDeadline() async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(503, headers: ["Retry-After": "4"])])
        let client = try R.make(transport, clock: clock, deadline: .seconds(10))
        await #expect(throws: DiscogsError.self) { _ = try await Self.get(client, clock: clock) }
        #expect(transport.requests.count == 3)   // retries at 4 s and 8 s; one at 12 s would pass 10 s
    }

    @Test func cancellingDuringBackoffEndsAtOnce() async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(503, headers: ["Retry-After": "30"]), R.ok()])
        let client = try R.make(transport, clock: clock)
        let task = Task { try await client.json(Endpoint(path: "/releases/1")) }
        await clock.waitForSleepers(1)
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(transport.requests.count == 1)
        #expect(clock.now.offset == .zero)
    }

    @Test func aRetryWaitsForItsOwnRateLimitSlot() async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(500), R.ok()])
        let events = R.Events()
        let client = try R.make(transport, clock: clock, events: events, rateLimit: RateLimit(requests: 1, per: .seconds(5)))
        _ = try await Self.get(client, clock: clock)
        #expect(clock.now.offset == .seconds(5))
        let waits = events.all.withLock { $0.compactMap { if case .rateLimitWait(let e) = $0 { e.duration } else { nil } } }
        #expect(waits == [.seconds(5)])
    }

    @Test func a429MakesTheLimiterHoldTheNextAttemptsForTheWindow() async throws {
        let clock = ManualClock()
        let transport = MockTransport.sequence([R.status(429), R.ok(), R.ok()])
        let client = try R.make(transport, clock: clock, rateLimit: RateLimit(requests: 10, per: .seconds(60)))
        _ = try await Self.get(client, clock: clock)
        #expect(clock.now.offset == .seconds(60))   // the retry went only when the window drained
        _ = try await Self.get(client, clock: clock)
        #expect(clock.now.offset == .seconds(60))   // and then the budget is available again
    }
}
