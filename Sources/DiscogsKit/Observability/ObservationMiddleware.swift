/// Reports each attempt to the observer: started, then finished (any status) or failed.
///
/// It sits innermost, next to the transport, so every retry is seen.
public struct ObservationMiddleware: Middleware {
    /// Where events go.
    public let observer: any DiscogsObserver

    /// Creates the middleware.
    public init(observer: any DiscogsObserver) {
        self.observer = observer
    }

    /// Times the attempt and reports it.
    public func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
        let context = RequestContext.current
        let id = context?.id ?? 0
        let attempt = context?.beginAttempt() ?? 1
        let url = Redaction.url(request.url)
        let method = request.method.rawValue
        observer.observe(.requestStarted(.init(requestID: id, method: method, url: url, attempt: attempt)))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await next(request)
            observer.observe(.requestFinished(.init(
                requestID: id, method: method, url: url, status: response.status, duration: clock.now - start,
                bytes: response.body.count, rateLimit: RateLimitHeaders(response.headers), attempt: attempt)))
            return response
        } catch let error as TransportError {
            observer.observe(.requestFailed(.init(requestID: id, method: method, url: url, error: error,
                                                  duration: clock.now - start, attempt: attempt)))
            throw error
        }
    }
}
