/// Refuses attempts while the server has stopped answering (see ``ServerReachability``) and
/// reports the moment it trips as ``DiscogsEvent/serverUnreachable(_:)``.
///
/// It sits inside the retry middleware, so every attempt counts, and outside the rate limiter,
/// so a refused attempt takes no slot.
struct ReachabilityMiddleware: Middleware {
    let reachability: ServerReachability
    let observer: any DiscogsObserver
    let time: ElapsedClock

    /// Thrown for a refused attempt; the client turns it into ``DiscogsError/serverUnreachable(_:)``.
    struct Refused: Error {
        let failures: Int
        let lastError: TransportError
        let retryAfter: Duration
    }

    func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
        if case .refuse(let failures, let lastError, let retryAfter) = reachability.admit(at: time.now()) {
            throw Refused(failures: failures, lastError: lastError, retryAfter: retryAfter)
        }
        do {
            let response = try await next(request)
            reachability.recordAnswer()
            return response
        } catch let error as TransportError {
            if reachability.recordFailure(error, at: time.now()) {
                observer.observe(.serverUnreachable(.init(request: request.redactedLine,
                                                          consecutiveFailures: reachability.threshold,
                                                          lastError: error, retryAfter: reachability.cooldown)))
            }
            throw error
        }
    }
}
