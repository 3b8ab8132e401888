import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization

/// Clients for retry and pipeline tests: a manual clock, no jitter unless asked, and a limit
/// generous enough that only the tests about the limiter meet it.
enum ResilienceClient {
    final class Events: Sendable {
        let all = Mutex<[DiscogsEvent]>([])

        var observer: ClosureObserver { ClosureObserver { event in self.all.withLock { $0.append(event) } } }

        var retries: [DiscogsEvent.RetryScheduled] {
            all.withLock { $0.compactMap { if case .retryScheduled(let e) = $0 { e } else { nil } } }
        }
    }

    static func make(_ transport: any Transport, clock: ManualClock, events: Events = Events(),
                     policy: RetryPolicy = zeroJitter(.default), rateLimit: RateLimit = RateLimit(requests: 1000, per: .seconds(1)),
                     deadline: Duration? = nil) throws -> DiscogsClient {
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!,
                                                        userAgent: "DiscogsKitTests/1.0 +https://example.test",
                                                        credentials: .token("s3cr3t"), observer: events.observer)
        configuration.clock = clock
        configuration.retryPolicy = policy
        configuration.rateLimit = rateLimit
        configuration.deadline = deadline
        return try DiscogsClient(configuration: configuration, transport: transport)
    }

    /// `policy` with every backoff delay zero, so only `Retry-After` and the limiter take time.
    static func zeroJitter(_ policy: RetryPolicy) -> RetryPolicy {
        var policy = policy
        policy.random = .constant(0)
        return policy
    }

    static func ok(_ json: String = #"{"id": 1}"#) -> Result<HTTPResponse, TransportError> {
        .success(MockTransport.response(status: 200, json: json))
    }

    static func status(_ status: Int, headers: HTTPHeaders = [:]) -> Result<HTTPResponse, TransportError> {
        .success(MockTransport.response(status: status, json: MockTransport.errorBody("failure \(status)"), headers: headers))
    }
}

extension ResilienceClient {
    /// The body length of ``status(_:headers:)``'s answer.
    static func bodyLength(_ status: Int) -> Int {
        MockTransport.errorBody("failure \(status)").utf8.count
    }
}
