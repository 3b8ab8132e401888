/// Holds each attempt until the client's ``RateLimiter`` has a slot for it, then feeds the
/// answer's `X-Discogs-Ratelimit*` headers (or the failure) back to the limiter.
///
/// It sits inside the retry middleware, so every attempt (retries included) takes its own slot,
/// and outside the observation middleware, so the time spent waiting is not counted as request
/// time. When a request had to wait it reports a ``DiscogsEvent/rateLimitWait(_:)`` event.
///
/// ```swift
/// let limiter = RateLimiter(limit: RateLimit(requests: 30, per: .seconds(3)))
/// let chain = MiddlewareChain([RateLimitMiddleware(limiter: limiter, observer: NoOpObserver())],
///                             transport: URLSessionTransport())
/// ```
public struct RateLimitMiddleware: Middleware {
    /// The limiter shared by every request of the client.
    public let limiter: RateLimiter
    /// Receives ``DiscogsEvent/rateLimitWait(_:)`` events.
    public let observer: any DiscogsObserver

    /// Creates the middleware.
    public init(limiter: RateLimiter, observer: any DiscogsObserver) {
        self.limiter = limiter
        self.observer = observer
    }

    /// Waits for a slot, sends the attempt and reports its outcome to the limiter.
    /// - Throws: `CancellationError` when cancelled while waiting (no slot is held), or whatever
    ///   the rest of the pipeline throws.
    public func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
        let permit = try await limiter.acquire(lane: request.lane)
        if Task.isCancelled {
            // Admitted just as the task was cancelled: give the slot back unused.
            await limiter.complete(permit, outcome: .failed(reachedServer: false))
            throw CancellationError()
        }
        if permit.waited > .zero {
            observer.observe(.rateLimitWait(.init(duration: permit.waited,
                                                  reason: permit.reason?.description ?? "window full")))
        }
        do {
            let response = try await next(request)
            if let hold = await limiter.complete(permit, outcome: .response(status: response.status,
                                                                            headers: RateLimitHeaders(response.headers))) {
                observer.observe(.rateLimitCircuitOpened(.init(url: Redaction.url(request.url), holdFor: hold)))
            }
            return response
        } catch let error as TransportError {
            await limiter.complete(permit, outcome: .failed(reachedServer: !error.neverReachedServer))
            throw error
        } catch let refused as ReachabilityMiddleware.Refused {
            // Not sent: the server stopped answering. The slot goes back unused.
            await limiter.complete(permit, outcome: .failed(reachedServer: false))
            throw refused
        } catch {
            // Cancelled or failed mid-way: the request may have reached the server.
            await limiter.complete(permit, outcome: .failed(reachedServer: true))
            throw error
        }
    }
}
