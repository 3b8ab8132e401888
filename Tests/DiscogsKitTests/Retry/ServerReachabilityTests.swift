import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// A dead server ends a run quickly: after `unreachableAfter` attempts in a row without an
/// answer the client sends nothing, failing at once with ``DiscogsError/serverUnreachable(_:)``
/// and one event; after the cool-down one probe goes, and an answer closes the circuit.
@Suite struct ServerReachabilityTests {
    final class Events: Sendable {
        let names = Mutex<[String]>([])
        var all: [String] { names.withLock { $0 } }
    }

    static func client(_ transport: MockTransport, clock: ManualClock, events: Events) throws -> DiscogsClient {
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: .token("t"),
                                                        observer: ClosureObserver { event in
            if case .serverUnreachable = event { events.names.withLock { $0.append("unreachable") } }
        })
        configuration.clock = clock
        configuration.retryPolicy = .exponential(base: .milliseconds(100), maxAttempts: 6)
        configuration.rateLimit = RateLimit(requests: 1000, per: .seconds(1))
        configuration.unreachableAfter = 4
        configuration.unreachableCooldown = .seconds(30)
        return try DiscogsClient(configuration: configuration, transport: transport)
    }

    @Test func attemptsStopAfterTheThresholdAndAProbeReopens() async throws {
        let clock = ManualClock()
        let up = Atomic<Bool>(false)
        let transport = MockTransport { _ in
            guard up.load(ordering: .relaxed) else { throw TransportError(.cannotConnect, detail: "refused") }
            return MockTransport.response(status: 200, json: #"{"id": 1, "title": "T"}"#)
        }
        let events = Events()
        let client = try Self.client(transport, clock: clock, events: events)
        let first = await ClockDriver.runResult(clock) { try await client.release(1) }
        guard case .failure(DiscogsError.serverUnreachable(let failure)) = first else {
            Issue.record("expected serverUnreachable, got \(first)")
            return
        }
        #expect(failure.consecutiveFailures == 4)
        #expect(transport.requests.count == 4, "the fifth attempt was refused, not sent")
        // While tripped, nothing is sent.
        await #expect(throws: DiscogsError.self) { try await client.release(2) }
        #expect(transport.requests.count == 4)
        #expect(events.all == ["unreachable"])
        // The server comes back; after the cool-down a probe goes and closes the circuit.
        up.store(true, ordering: .relaxed)
        await clock.advance(by: .seconds(31))
        #expect(try await client.release(3).id == 1)
        #expect(try await client.release(4).id == 1)
        #expect(transport.requests.count == 6)
    }

    /// Requests already waiting in the rate limiter when the circuit trips are refused when
    /// their turn comes, not sent: the check is made just before sending (it was made before
    /// the limiter's wait, so a batch of four sent all four to a dead server at threshold 1).
    @Test(arguments: [1, 2])
    func requestsQueuedInTheLimiterWhenItTripsAreNotSent(threshold: Int) async throws {
        let transport = MockTransport { _ in throw TransportError(.cannotConnect, detail: "refused") }
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: .token("t"))
        configuration.retryPolicy = .none
        configuration.rateLimit = RateLimit(requests: 1000, per: .seconds(1))
        configuration.unreachableAfter = threshold
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        var unreachable = 0
        var failed = 0
        for await outcome in client.fetchEach(Array(1...8), concurrency: 4, { try await client.release($0) }) {
            switch outcome.result {
            case .failure(DiscogsError.serverUnreachable): unreachable += 1
            case .failure: failed += 1
            case .success: Issue.record("a dead server answered")
            }
        }
        #expect(transport.requests.count == threshold)
        #expect(failed == threshold)
        #expect(unreachable == 8 - threshold)
    }

    @Test func anAnswerOfAnyStatusResetsTheCount() async throws {
        let clock = ManualClock()
        let calls = Atomic<Int>(0)
        let transport = MockTransport { _ in
            let n = calls.add(1, ordering: .relaxed).newValue
            if n % 3 == 0 { return MockTransport.response(status: 404, json: MockTransport.errorBody("Release not found.")) }
            throw TransportError(.timedOut)
        }
        let events = Events()
        let client = try Self.client(transport, clock: clock, events: events)
        for id in 1...5 {
            let result = await ClockDriver.runResult(clock) { try await client.release(id) }
            if case .failure(DiscogsError.serverUnreachable) = result { Issue.record("tripped although the server answers") }
        }
        #expect(events.all.isEmpty)
    }

    @Test func nilNeverStops() async throws {
        let clock = ManualClock()
        let transport = MockTransport { _ in throw TransportError(.cannotConnect) }
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0")
        configuration.clock = clock
        configuration.retryPolicy = .exponential(base: .milliseconds(1), maxAttempts: 3)
        configuration.unreachableAfter = nil
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        for id in 1...5 {
            let result = await ClockDriver.runResult(clock) { try await client.release(id) }
            guard case .failure(DiscogsError.transport) = result else { Issue.record("\(result)"); continue }
        }
        #expect(transport.requests.count == 15)
    }
}

extension ClockDriver {
    /// ``run(_:_:)`` as a `Result`.
    static func runResult<T: Sendable>(_ clock: ManualClock, _ operation: @escaping @Sendable () async throws -> T) async -> Result<T, any Error> {
        do { return .success(try await run(clock, operation)) } catch { return .failure(error) }
    }
}
