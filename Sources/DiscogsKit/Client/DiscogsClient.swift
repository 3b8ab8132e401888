import Foundation

/// A typed, async client for the Discogs API v2.
///
/// ### Use
/// ```swift
/// let client = try DiscogsClient(configuration: .init(
///     userAgent: "SongNodes/1.0 +https://songnodes.example",
///     credentials: .token(token)))
/// let release = try await client.release(249504)
/// print(release.title) // "Never Gonna Give You Up"
/// ```
///
/// ### The request pipeline
/// Every request passes these middlewares, outermost first, then the ``Transport``:
/// 1. ``HeadersMiddleware`` — User-Agent, Accept, Authorization.
/// 2. ``RetryMiddleware`` — repeats failed attempts as the ``RetryPolicy`` allows.
/// 3. The reachability circuit — refuses attempts while the server answers none
///    (``Configuration/unreachableAfter``).
/// 4. ``RateLimitMiddleware`` — holds each attempt until the client's one ``RateLimiter`` has room.
/// 5. ``ObservationMiddleware`` — reports each attempt to the observer.
///
/// The client is a value you can share between tasks; every copy shares the same pipeline, and so
/// the same rate limiter.
public struct DiscogsClient: Sendable {
    /// The configuration the client was built from.
    public let configuration: Configuration
    /// The transport wrapped in the middlewares.
    let pipeline: MiddlewareChain
    /// The lane this client's requests wait in at the rate limiter. Default:
    /// ``RequestLane/interactive``; see ``inLane(_:)``.
    public private(set) var lane: RequestLane = .interactive

    /// Creates a client.
    /// - Parameters:
    ///   - configuration: base URL, User-Agent, credentials and the rest.
    ///   - transport: what sends requests, or `nil` for the one ``Configuration/transport`` names
    ///     (by default ``CurlTransport`` on Linux, ``URLSessionTransport`` elsewhere).
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` when the User-Agent is empty, the base URL
    ///   is not http(s), the rate limit is not positive, the shared rate-limit file cannot be
    ///   opened, or the transport chosen cannot be used.
    public init(configuration: Configuration, transport: (any Transport)? = nil) throws(DiscogsError) {
        try UserAgent.validate(configuration.userAgent)
        guard let scheme = configuration.baseURL.scheme?.lowercased(), ["http", "https"].contains(scheme),
              configuration.baseURL.host != nil else {
            throw .invalidRequest("the base URL \(configuration.baseURL.absoluteString) is not an http(s) URL.")
        }
        self.configuration = configuration
        let middlewares = try Self.middlewares(for: configuration)
        let chosen: any Transport
        if let transport {
            chosen = transport
        } else {
            chosen = try configuration.transport.makeTransport(observer: configuration.observer)
        }
        self.pipeline = MiddlewareChain(middlewares, transport: ForeignErrorMapping(base: chosen))
    }

    /// The pipeline for `configuration`; called once per client, so the one ``RateLimiter`` is
    /// shared by every copy of the client.
    static func middlewares(for configuration: Configuration) throws(DiscogsError) -> [any Middleware] {
        let limit = configuration.effectiveRateLimit
        try limit.validate()
        var store: SharedRateLimitStore?
        if let file = configuration.sharedRateLimitFile {
            do {
                store = try SharedRateLimitStore(fileURL: file)
            } catch {
                throw .invalidRequest("\(error.description).")
            }
        }
        let limiter = RateLimiter(limit: limit, clock: configuration.clock, sharedStore: store,
                                  inFlightAllowance: configuration.requestTimeout)
        var middlewares: [any Middleware] = [
            HeadersMiddleware(userAgent: configuration.userAgent, credentials: configuration.credentials,
                              accept: configuration.accept),
            RetryMiddleware(policy: configuration.retryPolicy, observer: configuration.observer,
                            deadline: configuration.deadline, clock: configuration.clock),
        ]
        middlewares.append(RateLimitMiddleware(limiter: limiter, observer: configuration.observer))
        // After the limiter: the check is made just before sending, so requests that waited for
        // a slot while the server stopped answering are refused when their turn comes.
        if let threshold = configuration.unreachableAfter {
            middlewares.append(ReachabilityMiddleware(
                reachability: ServerReachability(threshold: threshold, cooldown: configuration.unreachableCooldown),
                observer: configuration.observer, time: ElapsedClock(configuration.clock)))
        }
        return middlewares + [ObservationMiddleware(observer: configuration.observer)]
    }

    // MARK: - Sending

    /// Builds the ``HTTPRequest`` for `endpoint` (before the middlewares add headers).
    public func request(for endpoint: Endpoint) -> HTTPRequest {
        var request = HTTPRequest(method: endpoint.method, url: endpoint.url(relativeTo: configuration.baseURL),
                                  body: endpoint.body, timeout: configuration.requestTimeout)
        request.lane = lane
        return request
    }

    /// A copy of the client whose requests wait in `lane`; it shares this client's pipeline, so
    /// the same rate limiter serves both.
    ///
    /// ```swift
    /// let sync = client.inLane(.background)
    /// ```
    public func inLane(_ lane: RequestLane) -> DiscogsClient {
        var copy = self
        copy.lane = lane
        return copy
    }

    /// Sends `endpoint` and returns the successful response.
    /// - Throws: ``DiscogsError`` for any unsuccessful status, a transport failure, or
    ///   ``DiscogsError/authenticationRequired(_:)`` when the endpoint needs credentials and none
    ///   are configured.
    public func response(for endpoint: Endpoint) async throws -> HTTPResponse {
        let request = request(for: endpoint)
        if endpoint.requiresAuthentication, !configuration.credentials.isAuthenticated {
            throw gaveUp(DiscogsError.authenticationRequired(endpoint.description), request: request, attempts: 0)
        }
        let context = RequestContext()
        do {
            let response = try await RequestContext.$current.withValue(context) {
                try await pipeline.send(request)
            }
            guard response.isSuccess else {
                throw gaveUp(DiscogsError.from(response, request: request, attempts: max(1, context.attempts),
                                               credentials: configuration.credentials),
                             request: request, attempts: max(1, context.attempts))
            }
            return response
        } catch let error as TransportError {
            throw gaveUp(DiscogsError.transport(TransportFailure(error: error, request: request.redactedLine,
                                                                 attempts: max(1, context.attempts))),
                         request: request, attempts: max(1, context.attempts))
        } catch let refused as ReachabilityMiddleware.Refused {
            throw gaveUp(DiscogsError.serverUnreachable(UnreachableFailure(
                request: request.redactedLine, consecutiveFailures: refused.failures, lastError: refused.lastError,
                retryAfter: refused.retryAfter)), request: request, attempts: context.attempts)
        }
    }

    /// Reports `error` as the end of `request` and returns it, to be thrown.
    func gaveUp(_ error: DiscogsError, request: HTTPRequest, attempts: Int) -> DiscogsError {
        configuration.observer.observe(.requestGaveUp(.init(method: request.method.rawValue, url: Redaction.url(request.url),
                                                             attempts: attempts, kind: error.kind, message: error.description)))
        return error
    }

    /// Sends `endpoint` and decodes the body as `type`, reporting tolerated problems to the
    /// observer.
    /// - Throws: ``DiscogsError``; ``DiscogsError/decoding(_:)`` when the body does not decode.
    public func decode<T: Decodable>(_ type: T.Type, from endpoint: Endpoint) async throws -> T {
        let response = try await response(for: endpoint)
        return try decode(type, from: response, request: request(for: endpoint))
    }

    /// Sends `endpoint` and returns the body as raw JSON, for fields DiscogsKit does not model.
    /// - Throws: ``DiscogsError``.
    public func json(_ endpoint: Endpoint) async throws -> JSONValue {
        try await decode(JSONValue.self, from: endpoint)
    }

    func decode<T: Decodable>(_ type: T.Type, from response: HTTPResponse, request: HTTPRequest) throws -> T {
        do {
            let (value, issues) = try DecodingIssueCollector.decode(type, from: response.body)
            for issue in issues { configuration.observer.observe(.decodingIssue(issue)) }
            return value
        } catch {
            throw gaveUp(DiscogsError.decoding(DecodingFailure(
                type: String(describing: type), codingPath: DecodingErrorText.path(of: error),
                reason: DecodingErrorText.describe(error), bodySnippet: Redaction.scrub(response.bodySnippet(limit: 120), secrets: configuration.credentials.secrets),
                request: request.redactedLine)), request: request, attempts: 1)
        }
    }
}
