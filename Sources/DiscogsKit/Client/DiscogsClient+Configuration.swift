import Foundation

extension DiscogsClient {
    /// Everything a client is built from. The client is immutable once built.
    ///
    /// ```swift
    /// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
    /// configuration.credentials = .token(token)
    /// let client = try DiscogsClient(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// The API root. Default: `https://api.discogs.com`.
        public var baseURL: URL
        /// The User-Agent; required (an empty one is refused). No default: name your application.
        public var userAgent: String
        /// What to authenticate with. Default: ``Credentials/none``.
        public var credentials: Credentials
        /// How long one attempt may take. Default: 30 seconds.
        public var requestTimeout: Duration
        /// How marked-up text (profiles, notes) is rendered. Default: ``MediaType/discogs``.
        public var accept: MediaType
        /// Receives every ``DiscogsEvent``. Default: ``NoOpObserver``.
        public var observer: any DiscogsObserver
        /// Requests per moving window. Default: `nil`, meaning Discogs' allowance for the
        /// credentials: ``RateLimit/authenticated`` (60 a minute) or ``RateLimit/unauthenticated``
        /// (25 a minute). A lower `X-Discogs-Ratelimit` reported by the server always wins.
        public var rateLimit: RateLimit? = nil
        /// Which failed attempts are repeated, how often and after how long. Default:
        /// ``RetryPolicy/default`` (6 attempts, full-jitter backoff from 1 s).
        public var retryPolicy: RetryPolicy = .default
        /// A state file through which processes on this machine share the rate limit, or `nil`
        /// for this client alone. Default: `nil`. The CLI uses
        /// ``SharedRateLimitStore/defaultFileURL(for:environment:)``.
        public var sharedRateLimitFile: URL? = nil
        /// The time from a request's first attempt after which no retry is scheduled, or `nil`
        /// for no deadline (the retry policy's caps still apply). Default: `nil`.
        public var deadline: Duration? = nil
        /// After this many attempts in a row got no answer (no connection, a timeout, a dropped
        /// connection), requests fail at once with ``DiscogsError/serverUnreachable(_:)`` until a
        /// probe after ``unreachableCooldown`` gets an answer; `nil` never stops. Default: 10.
        public var unreachableAfter: Int? = 10
        /// How long a client that stopped sending waits before one probe. Default: 30 seconds.
        public var unreachableCooldown: Duration = .seconds(30)
        /// The transport built when the client is given none. Default: ``TransportChoice/automatic``
        /// (``CurlTransport`` on Linux, ``URLSessionTransport`` elsewhere).
        public var transport: TransportChoice = .automatic
        /// The clock the rate limiter waits on and retries sleep on. Default: `ContinuousClock`;
        /// tests inject a manual clock.
        public var clock: any Clock<Duration> = ContinuousClock()

        /// ``rateLimit``, or the preset for ``credentials`` when it is `nil`.
        public var effectiveRateLimit: RateLimit { rateLimit ?? .for(credentials) }

        /// Creates a configuration with the defaults above.
        public init(baseURL: URL = DiscogsClient.defaultBaseURL, userAgent: String,
                    credentials: Credentials = .none, requestTimeout: Duration = .seconds(30),
                    accept: MediaType = .discogs, observer: any DiscogsObserver = NoOpObserver()) {
            self.baseURL = baseURL
            self.userAgent = userAgent
            self.credentials = credentials
            self.requestTimeout = requestTimeout
            self.accept = accept
            self.observer = observer
        }
    }

    /// The `Accept` media type: how Discogs renders marked-up text fields.
    public enum MediaType: String, Sendable, Hashable, CaseIterable {
        /// Raw Discogs markup such as `[a=Carl Craig]` (the API's default).
        case discogs = "application/vnd.discogs.v2.discogs+json"
        /// Markup rendered to HTML.
        case html = "application/vnd.discogs.v2.html+json"
        /// Markup stripped.
        case plaintext = "application/vnd.discogs.v2.plaintext+json"
    }

    /// `https://api.discogs.com`.
    public static let defaultBaseURL = URL(string: "https://api.discogs.com")!
}
