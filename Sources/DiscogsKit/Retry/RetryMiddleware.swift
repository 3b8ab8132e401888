/// Repeats a failed attempt as the ``RetryPolicy`` allows, reporting each repeat as a
/// ``DiscogsEvent/retryScheduled(_:)`` event.
///
/// It sits outside the rate-limit middleware, so every attempt waits for its own slot, and the
/// backoff sleep happens without holding one. When the policy gives up (or the deadline is
/// reached) the last answer is returned, or the last ``TransportError`` thrown, and the client
/// maps it to a ``DiscogsError`` carrying the attempt count: a final 429 becomes
/// ``DiscogsError/rateLimited(_:)``.
///
/// ```swift
/// let retry = RetryMiddleware(policy: .default, observer: NoOpObserver(), deadline: .seconds(120))
/// ```
public struct RetryMiddleware: Middleware {
    /// What is retried and when.
    public let policy: RetryPolicy
    /// Receives ``DiscogsEvent/retryScheduled(_:)`` events.
    public let observer: any DiscogsObserver
    /// The time from the first attempt after which no retry is scheduled, or `nil` for none.
    public let deadline: Duration?
    private let time: ElapsedClock

    /// Creates the middleware.
    /// - Parameters:
    ///   - policy: what is retried and when.
    ///   - observer: receives retry events.
    ///   - deadline: no retry is scheduled that would start later than this after the first
    ///     attempt. Default: none.
    ///   - clock: what the backoff sleeps on. Default: `ContinuousClock`.
    public init(policy: RetryPolicy, observer: any DiscogsObserver, deadline: Duration? = nil,
                clock: any Clock<Duration> = ContinuousClock()) {
        self.policy = policy
        self.observer = observer
        self.deadline = deadline
        self.time = ElapsedClock(clock)
    }

    /// Sends the request, repeating failed attempts the policy allows.
    /// - Throws: the last ``TransportError`` when retries are exhausted, or `CancellationError`
    ///   when cancelled (also during a backoff sleep).
    public func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
        let start = time.now()
        var attempt = 0
        var totalDelay = Duration.zero
        while true {
            attempt += 1
            let outcome: RetryPolicy.Outcome
            do {
                outcome = .response(try await next(request))
            } catch let error as TransportError {
                outcome = .error(error)
            }
            let failedAttempt = max(attempt, RequestContext.current?.attempts ?? 0)
            guard let failure = policy.failure(of: request, outcome: outcome, attempt: failedAttempt,
                                               totalDelay: totalDelay),
                  case .retry(let delay) = policy.decision(for: failure),
                  deadline.map({ time.now() - start + delay < $0 }) ?? true
            else { return try Self.finish(outcome) }
            try Task.checkCancellation()
            observer.observe(.retryScheduled(.init(requestID: RequestContext.current?.id ?? 0,
                                                   url: Redaction.url(request.url), failedAttempt: failedAttempt,
                                                   delay: delay, reason: failure.reason)))
            try await time.sleep(for: delay)
            totalDelay += delay
        }
    }

    private static func finish(_ outcome: RetryPolicy.Outcome) throws -> HTTPResponse {
        switch outcome {
        case .response(let response): return response
        case .error(let error): throw error
        }
    }
}
