import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// Lanes: waiting interactive requests go before waiting background ones, and a background
/// request that has waited a whole window goes first, so neither lane starves.
@Suite struct RequestLaneTests {
    static let ok = RateLimitState.Outcome.response(status: 200, headers: nil)

    /// Records the order permits were granted in.
    final class Order: Sendable {
        let names = Mutex<[String]>([])
        func add(_ name: String) { names.withLock { $0.append(name) } }
        var all: [String] { names.withLock { $0 } }
    }

    @Test func interactiveRequestsGoBeforeWaitingBackgroundOnes() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 10, per: .seconds(10)), clock: clock)
        // Requests fill the window one a second: slots free at 10, 11, … s.
        for second in 0..<10 {
            if second > 0 { await clock.advance(by: .seconds(1)) }
            await limiter.complete(try await limiter.acquire(), outcome: Self.ok)
        }
        let order = Order()
        var tasks: [Task<Void, any Error>] = []
        for index in 0..<3 {
            tasks.append(Task {
                let permit = try await limiter.acquire(lane: .background)
                order.add("background \(index)")
                await limiter.complete(permit, outcome: Self.ok)
            })
            await ClockDriver.waitUntil { await limiter.waitingCount == index + 1 }
        }
        tasks.append(Task {
            let permit = try await limiter.acquire(lane: .interactive)
            order.add("interactive")
            await limiter.complete(permit, outcome: Self.ok)
        })
        await ClockDriver.waitUntil { await limiter.waitingCount == 4 }
        await ClockDriver.drive(clock, until: { order.all.count == 4 })
        for task in tasks { try await task.value }
        #expect(order.all == ["interactive", "background 0", "background 1", "background 2"])
    }

    @Test func aBackgroundRequestThatWaitedAWholeWindowGoesFirst() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: RateLimit(requests: 1, per: .seconds(1)), clock: clock)
        await limiter.complete(try await limiter.acquire(), outcome: Self.ok)
        let order = Order()
        let background = Task {
            let permit = try await limiter.acquire(lane: .background)
            order.add("background")
            await limiter.complete(permit, outcome: Self.ok)
        }
        await ClockDriver.waitUntil { await limiter.waitingCount == 1 }
        // A steady stream of interactive requests, one always waiting.
        var interactive: [Task<Void, any Error>] = []
        for index in 0..<4 {
            interactive.append(Task {
                let permit = try await limiter.acquire(lane: .interactive)
                order.add("interactive \(index)")
                await limiter.complete(permit, outcome: Self.ok)
            })
            await ClockDriver.waitUntil { await limiter.waitingCount >= 2 }
        }
        await ClockDriver.drive(clock, until: { order.all.count == 5 })
        try await background.value
        for task in interactive { try await task.value }
        let position = try #require(order.all.firstIndex(of: "background"))
        #expect(position <= 1, "the background request waited a window, then went: \(order.all)")
    }

    @Test func backgroundRequestsLeaveTheReserveFree() async throws {
        var state = RateLimitState(limit: RateLimit(requests: 10, per: .seconds(10)))
        #expect(state.backgroundReserve == 1)
        for _ in 0..<9 {
            guard case .proceed(let token) = state.requestSlot(at: .zero, lane: .background) else { Issue.record("refused early"); return }
            state.complete(token, at: .zero, outcome: Self.ok)
        }
        guard case .wait = state.requestSlot(at: .zero, lane: .background) else { Issue.record("the reserve was taken"); return }
        guard case .proceed = state.requestSlot(at: .zero, lane: .interactive) else { Issue.record("no slot for a user"); return }
        #expect(RateLimitState(limit: RateLimit(requests: 3, per: .seconds(1))).backgroundReserve == 0)
    }

    @Test func aClientInTheBackgroundLaneMarksItsRequests() async throws {
        let transport = MockTransport.json(#"{"id": 1, "title": "T"}"#)
        let client = try DiscogsClient(configuration: .init(userAgent: "DiscogsKitTests/1.0"), transport: transport)
        _ = try await client.inLane(.background).release(1)
        _ = try await client.release(2)
        #expect(transport.requests.map(\.lane) == [.background, .interactive])
        #expect(client.lane == .interactive)
    }
}
