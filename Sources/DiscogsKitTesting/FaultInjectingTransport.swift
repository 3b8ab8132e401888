import DiscogsKit
import Foundation
import Synchronization

/// A ``Transport`` that wraps another and injects failures, by a fixed schedule or by seeded
/// probabilities, to test retries and resilience without a flaky network.
///
/// ```swift
/// let transport = FaultInjectingTransport(wrapping: MockTransport.json("{}"),
///                                         schedule: .sequence([.status(503), .drop, nil]))
/// // 1st request: 503, 2nd: connection lost, 3rd and later: passed through
///
/// let chaos = FaultInjectingTransport(wrapping: base, schedule: .random([
///     .init(.status(503), 0.05), .init(.drop, 0.03), .init(.badJSON, 0.02),
/// ], seed: 7))
/// ```
///
/// Where the failure happens mirrors the real thing: ``Fault/refuse`` never reaches the wrapped
/// transport; ``Fault/status(_:)`` and ``Fault/badJSON`` are answered in front of it (a proxy);
/// ``Fault/drop``, ``Fault/timeout`` and ``Fault/truncate`` happen after it handled the request.
public final class FaultInjectingTransport: Transport, Sendable {
    /// A failure to inject.
    public enum Fault: Sendable, Hashable, CustomStringConvertible {
        /// Answer with this status and a `{"message": …}` body (a 429 also carries full
        /// rate-limit headers).
        case status(Int)
        /// The connection breaks after the request was sent: ``TransportError/Kind/connectionLost``.
        case drop
        /// No answer in time: ``TransportError/Kind/timedOut``.
        case timeout
        /// The connection is refused: ``TransportError/Kind/cannotConnect`` (never reached the server).
        case refuse
        /// The body is cut short: ``TransportError/Kind/truncatedBody``.
        case truncate
        /// A 200 with an HTML page instead of JSON.
        case badJSON
        /// The answer comes this much later (on the transport's clock).
        case delay(Duration)

        /// The fault's name, e.g. `503`, `drop`, `delay 3 seconds`.
        public var description: String {
            switch self {
            case .status(let status): return "\(status)"
            case .drop: return "drop"
            case .timeout: return "timeout"
            case .refuse: return "refuse"
            case .truncate: return "truncate"
            case .badJSON: return "badjson"
            case .delay(let duration): return "delay \(duration)"
            }
        }
    }

    /// A fault with its probability per request.
    public struct Chance: Sendable, Hashable {
        /// The fault.
        public var fault: Fault
        /// Its probability, 0…1.
        public var probability: Double

        /// Creates a chance.
        public init(_ fault: Fault, _ probability: Double) {
            self.fault = fault
            self.probability = probability
        }
    }

    /// Which request gets which fault.
    public enum Schedule: Sendable {
        /// Request *n* gets element *n*; `nil` elements and requests past the end pass through.
        case sequence([Fault?])
        /// Each request draws one number from a generator seeded with `seed`; the chances are
        /// stacked in order (as the emulator's `--faults` does), the rest passes through.
        case random([Chance], seed: UInt64)
    }

    private let base: any Transport
    private let schedule: Schedule
    private let random: RandomSource
    private let clock: any Clock<Duration>
    private let state = Mutex<(count: Int, injected: [Fault])>((0, []))

    /// Wraps `base`.
    /// - Parameters:
    ///   - schedule: which requests fail and how.
    ///   - clock: what ``Fault/delay(_:)`` sleeps on. Default: `ContinuousClock`.
    public init(wrapping base: any Transport, schedule: Schedule, clock: any Clock<Duration> = ContinuousClock()) {
        self.base = base
        self.schedule = schedule
        self.clock = clock
        if case .random(_, let seed) = schedule {
            random = .seeded(seed)
        } else {
            random = .constant(0)
        }
    }

    /// The faults injected so far, in order.
    public var injected: [Fault] { state.withLock { $0.injected } }

    /// How many requests were sent through this transport.
    public var requestCount: Int { state.withLock { $0.count } }

    /// Sends `request`, or fails it as the schedule says.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let fault = nextFault()
        switch fault {
        case nil:
            return try await base.send(request)
        case .status(let status)?:
            let message = status == 429 ? "You are making requests too quickly." : "Injected failure."
            var headers: HTTPHeaders = [:]
            if status == 429 {
                headers = ["X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Used": "60",
                           "X-Discogs-Ratelimit-Remaining": "0"]
            }
            return MockTransport.response(status: status, json: MockTransport.errorBody(message), headers: headers)
        case .badJSON?:
            return HTTPResponse(status: 200, headers: ["Content-Type": "text/html"],
                                body: Data("<html>Service temporarily unavailable</html>".utf8))
        case .refuse?:
            throw TransportError(.cannotConnect, detail: "injected")
        case .drop?:
            _ = try await base.send(request)
            throw TransportError(.connectionLost, detail: "injected")
        case .timeout?:
            _ = try await base.send(request)
            throw TransportError(.timedOut, detail: "injected")
        case .truncate?:
            _ = try await base.send(request)
            throw TransportError(.truncatedBody, detail: "injected")
        case .delay(let duration)?:
            try await clock.sleep(for: duration)
            return try await base.send(request)
        }
    }

    private func nextFault() -> Fault? {
        state.withLock { s -> Fault? in
            let index = s.count
            s.count += 1
            var fault: Fault?
            switch schedule {
            case .sequence(let faults):
                fault = index < faults.count ? faults[index] : nil
            case .random(let chances, _):
                let draw = random.next()
                var stacked = 0.0
                for chance in chances {
                    stacked += max(0, chance.probability)
                    if draw < stacked {
                        fault = chance.fault
                        break
                    }
                }
            }
            if let fault { s.injected.append(fault) }
            return fault
        }
    }
}
