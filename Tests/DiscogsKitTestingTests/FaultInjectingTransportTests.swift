import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct FaultInjectingTransportTests {
    static let request = HTTPRequest(url: URL(string: "https://api.test/releases/1")!)

    static func outcome(_ transport: FaultInjectingTransport) async -> String {
        do {
            let response = try await transport.send(request)
            return "\(response.status) \(response.headers["Content-Type"] ?? "")"
        } catch let error as TransportError {
            return error.kind.rawValue
        } catch {
            return "\(error)"
        }
    }

    @Test func followsASchedule() async {
        let base = MockTransport.json("{}")
        let transport = FaultInjectingTransport(wrapping: base, schedule: .sequence([
            .status(503), .drop, .timeout, .truncate, .refuse, .badJSON, .status(429), nil,
        ]))
        var outcomes: [String] = []
        for _ in 0..<9 { outcomes.append(await Self.outcome(transport)) }
        #expect(outcomes == ["503 application/json", "connection_lost", "timed_out", "truncated_body", "cannot_connect",
                             "200 text/html", "429 application/json", "200 application/json", "200 application/json"])
        // drop, timeout and truncate happen after the server saw the request; the rest in front of it.
        #expect(base.requests.count == 5)
        #expect(transport.injected.map(\.description) == ["503", "drop", "timeout", "truncate", "refuse", "badjson", "429"])
        #expect(transport.requestCount == 9)
    }

    @Test func aRandomScheduleIsRepeatableAndNearItsProbabilities() async {
        func run(seed: UInt64) async -> [String] {
            let transport = FaultInjectingTransport(wrapping: MockTransport.ok, schedule: .random([
                .init(.status(503), 0.2), .init(.drop, 0.1),
            ], seed: seed))
            var outcomes: [String] = []
            for _ in 0..<1000 { outcomes.append(await Self.outcome(transport)) }
            return outcomes
        }
        let first = await run(seed: 7)
        #expect(first == (await run(seed: 7)))
        #expect(first != (await run(seed: 8)))
        let errors = first.filter { $0.hasPrefix("503") }.count
        let drops = first.filter { $0 == "connection_lost" }.count
        #expect((150...250).contains(errors))
        #expect((60...140).contains(drops))
    }

    @Test func aDelayWaitsOnTheClock() async throws {
        let clock = ManualClock()
        let transport = FaultInjectingTransport(wrapping: MockTransport.ok, schedule: .sequence([.delay(.seconds(3))]),
                                                clock: clock)
        let task = Task { try await transport.send(Self.request) }
        await clock.waitForSleepers(1)
        await clock.advance(by: .seconds(3))
        #expect(try await task.value.status == 200)
    }

    @Test func aClientRidesOutInjectedFaults() async throws {
        let clock = ManualClock()
        let transport = FaultInjectingTransport(wrapping: MockTransport.json(#"{"id": 1}"#), schedule: .sequence([
            .status(502), .drop, .badJSON, .truncate,
        ]))
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!, userAgent: "Test/1.0",
                                                        credentials: .token("t"))
        configuration.clock = clock
        configuration.retryPolicy.random = .constant(0)
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        let value = try await client.json(Endpoint(path: "/releases/1"))
        #expect(value == .object(["id": .number(1)]))
        #expect(transport.requestCount == 5)
    }
}
