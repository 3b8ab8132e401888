import Foundation

/// Which failed attempts are repeated, how often and after how long.
///
/// ### Use
/// ```swift
/// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
/// configuration.retryPolicy = .default                                   // 6 attempts, full jitter
/// configuration.retryPolicy = .exponential(base: .milliseconds(200), maxAttempts: 3)
/// configuration.retryPolicy = .none                                      // one attempt
/// configuration.retryPolicy = .custom { failure in
///     failure.isRetryable && failure.attempt < 3 ? .retry(after: .seconds(1)) : .stop
/// }
/// ```
///
/// ### What is retried
/// - statuses 429, 408, 500, 502, 503, 504, 522 and 524 (``retryableStatuses``);
/// - timeouts, dropped connections, cut bodies, refused connections and other network failures
///   (``retryableErrors``);
/// - a 2xx answer to a GET that expected JSON but got something else, such as a proxy's HTML page.
///
/// Only idempotent requests (GET, HEAD, PUT, DELETE) are repeated after a server error, a
/// timeout or a broken connection: the first attempt may have taken effect. A POST is repeated
/// only after a 429 or a connection that never reached the server.
///
/// ### How long
/// The delay is full-jitter exponential ``backoff``; a `Retry-After` header, when present, is a
/// lower bound (and a `Retry-After` above ``Backoff/maxDelay`` ends the retries). Retrying stops
/// after ``maxAttempts`` attempts or once the delays would add up to more than ``maxTotalDelay``;
/// the last answer or error is then what the caller gets. A 429 also makes the rate limiter hold
/// the next attempts until the window drains.
public struct RetryPolicy: Sendable {
    /// What to do after a failed attempt.
    public enum Decision: Sendable, Hashable {
        /// Send the request again after this delay.
        case retry(after: Duration)
        /// Give up: the caller gets this attempt's answer or error.
        case stop
    }

    /// How an attempt failed.
    public enum Outcome: Sendable, Hashable {
        /// An answer arrived (an error status, or a 2xx with an unexpected body).
        case response(HTTPResponse)
        /// No complete answer arrived.
        case error(TransportError)
    }

    /// A failed attempt, as the policy sees it.
    public struct Failure: Sendable {
        /// The request that was sent.
        public var request: HTTPRequest
        /// What came back.
        public var outcome: Outcome
        /// The attempt that failed: 1 for the first.
        public var attempt: Int
        /// The delays already waited between attempts.
        public var totalDelay: Duration
        /// Whether the default rules (status, error kind, method) allow a retry.
        public var isRetryable: Bool
        /// A short label such as `status 503` or `timed_out`.
        public var reason: String
    }

    /// The most attempts, the first included. Default: 6.
    public var maxAttempts: Int
    /// The delay between attempts. Default: ``Backoff/init(base:multiplier:maxDelay:)`` (1 s, ×2, 60 s cap).
    public var backoff: Backoff
    /// The cap on all delays of one request added up. Default: 5 minutes.
    public var maxTotalDelay: Duration
    /// The statuses retried. Default: 408, 429, 500, 502, 503, 504, 522, 524.
    public var retryableStatuses: Set<Int>
    /// The transport failures retried. Default: timed out, cannot connect, connection lost, truncated
    /// body, malformed response (a proxy's garbage) and other network failures (FoundationNetworking
    /// reports some cut bodies as unknown errors). An invalid request, a response over the size
    /// limit and an unverifiable certificate would fail the same way again: they are not retried.
    public var retryableErrors: Set<TransportError.Kind>
    /// Whether a 2xx answer to a GET expecting JSON whose body is not JSON is retried. Default: `true`.
    public var retriesNonJSONSuccess: Bool
    /// Whether `Retry-After` is honoured. Default: `true`.
    public var honoursRetryAfter: Bool
    /// The jitter source. Default: ``RandomSource/system``.
    public var random: RandomSource
    private var decide: (@Sendable (Failure) -> Decision)?

    /// Creates a policy; every parameter defaults to the value named on its property.
    public init(maxAttempts: Int = 6, backoff: Backoff = Backoff(), maxTotalDelay: Duration = .seconds(300),
                retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504, 522, 524],
                retryableErrors: Set<TransportError.Kind> = [.timedOut, .cannotConnect, .connectionLost, .truncatedBody,
                                                                  .malformedResponse, .other],
                retriesNonJSONSuccess: Bool = true, honoursRetryAfter: Bool = true, random: RandomSource = .system) {
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.maxTotalDelay = maxTotalDelay
        self.retryableStatuses = retryableStatuses
        self.retryableErrors = retryableErrors
        self.retriesNonJSONSuccess = retriesNonJSONSuccess
        self.honoursRetryAfter = honoursRetryAfter
        self.random = random
    }

    // MARK: - Presets

    /// Six attempts, full-jitter backoff from 1 s doubling to a 60 s cap, 5 minutes of delays at most.
    public static var `default`: RetryPolicy { RetryPolicy() }

    /// One attempt: nothing is retried.
    public static var none: RetryPolicy { RetryPolicy(maxAttempts: 1) }

    /// The default rules with delays growing from `base` and at most `maxAttempts` attempts.
    public static func exponential(base: Duration, maxAttempts: Int) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttempts, backoff: Backoff(base: base))
    }

    /// A policy whose every decision is `decide`'s (``Failure/isRetryable`` carries the default
    /// rules' verdict).
    public static func custom(_ decide: @escaping @Sendable (Failure) -> Decision) -> RetryPolicy {
        var policy = RetryPolicy()
        policy.decide = decide
        return policy
    }

    // MARK: - Deciding

    /// What to do after `failure`.
    public func decision(for failure: Failure) -> Decision {
        if let decide { return decide(failure) }
        guard failure.isRetryable, failure.attempt < maxAttempts else { return .stop }
        var delay = backoff.delay(forRetry: failure.attempt, random: random.next())
        if honoursRetryAfter, case .response(let response) = failure.outcome,
           let asked = RetryAfter.delay(in: response.headers) {
            guard asked <= backoff.maxDelay else { return .stop }
            delay = max(delay, asked)
        }
        guard failure.totalDelay + delay <= maxTotalDelay else { return .stop }
        return .retry(after: delay)
    }

    /// The failure `outcome` of `request` describes, or `nil` when it is a success to hand back.
    public func failure(of request: HTTPRequest, outcome: Outcome, attempt: Int, totalDelay: Duration) -> Failure? {
        let idempotent = request.method.isIdempotent
        let reason: String
        let retryable: Bool
        switch outcome {
        case .response(let response) where response.isSuccess:
            guard retriesNonJSONSuccess, request.method == .get, Self.expectsJSON(request),
                  !Self.looksLikeJSON(response) else { return nil }
            reason = "non-JSON body in a \(response.status) answer"
            retryable = true
        case .response(let response):
            reason = "status \(response.status)"
            retryable = retryableStatuses.contains(response.status) && (response.status == 429 || idempotent)
        case .error(let error):
            reason = error.kind.rawValue
            retryable = retryableErrors.contains(error.kind) && (error.neverReachedServer || idempotent)
        }
        return Failure(request: request, outcome: outcome, attempt: attempt, totalDelay: totalDelay,
                       isRetryable: retryable, reason: reason)
    }

    /// Whether the request asked for JSON (its `Accept` names a JSON media type).
    static func expectsJSON(_ request: HTTPRequest) -> Bool {
        request.headers["Accept"]?.lowercased().contains("json") ?? false
    }

    /// Whether the body starts like a JSON document. Binary payloads (images, octet streams)
    /// are not judged.
    static func looksLikeJSON(_ response: HTTPResponse) -> Bool {
        if response.status == 204 { return true }
        let type = response.headers["Content-Type"]?.lowercased() ?? ""
        if type.hasPrefix("image/") || type.contains("octet-stream") { return true }
        guard let first = response.body.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
        else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
