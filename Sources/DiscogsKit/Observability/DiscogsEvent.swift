/// Something the client did, reported to a ``DiscogsObserver``. The library never prints: a
/// caller that wants logs or statistics observes these events.
///
/// URLs in events never carry credentials.
public enum DiscogsEvent: Sendable {
    /// A request is about to go to the transport (once per attempt).
    case requestStarted(RequestStarted)
    /// A response arrived (any status).
    case requestFinished(RequestFinished)
    /// No complete response arrived.
    case requestFailed(RequestFailed)
    /// A failed attempt will be repeated after a delay.
    case retryScheduled(RetryScheduled)
    /// The rate limiter held a request back.
    case rateLimitWait(RateLimitWait)
    /// Decoding skipped or replaced a malformed value instead of failing.
    case decodingIssue(DecodingIssue)
    /// A request ended in a ``DiscogsError`` after every attempt (or without one, when it needed
    /// credentials the client lacks): the caller gets that error.
    case requestGaveUp(RequestGaveUp)
    /// The client could not use the transport it would have chosen and uses another (reported
    /// once, when the client is built).
    case transportFallback(TransportFallback)
    /// The server answered none of the last attempts: the client stops sending until a probe
    /// after the cool-down gets an answer (reported once each time it trips).
    case serverUnreachable(UnreachableFailure)
    /// 429s kept coming: the rate limiter sends nothing for a while, so the address leaves the
    /// server's penalty box (reported once each time it opens).
    case rateLimitCircuitOpened(RateLimitCircuit)

    /// A request about to be sent.
    public struct RequestStarted: Sendable, Hashable {
        /// Identifies the logical request across its attempts.
        public var requestID: Int
        /// The method, e.g. `GET`.
        public var method: String
        /// The URL with credentials removed.
        public var url: String
        /// 1 for the first attempt.
        public var attempt: Int
        /// Creates the event.
        public init(requestID: Int, method: String, url: String, attempt: Int) {
            self.requestID = requestID; self.method = method; self.url = url; self.attempt = attempt
        }
    }

    /// A response that arrived.
    public struct RequestFinished: Sendable, Hashable {
        /// Identifies the logical request across its attempts.
        public var requestID: Int
        /// The method.
        public var method: String
        /// The URL with credentials removed.
        public var url: String
        /// The HTTP status.
        public var status: Int
        /// Time from sending to the complete body.
        public var duration: Duration
        /// Body bytes received.
        public var bytes: Int
        /// The server's rate-limit view, when the headers were present.
        public var rateLimit: RateLimitHeaders?
        /// 1 for the first attempt.
        public var attempt: Int
        /// Creates the event.
        public init(requestID: Int, method: String, url: String, status: Int, duration: Duration,
                    bytes: Int, rateLimit: RateLimitHeaders?, attempt: Int) {
            self.requestID = requestID; self.method = method; self.url = url; self.status = status
            self.duration = duration; self.bytes = bytes; self.rateLimit = rateLimit; self.attempt = attempt
        }
    }

    /// A request that got no complete response.
    public struct RequestFailed: Sendable, Hashable {
        /// Identifies the logical request across its attempts.
        public var requestID: Int
        /// The method.
        public var method: String
        /// The URL with credentials removed.
        public var url: String
        /// What went wrong.
        public var error: TransportError
        /// Time from sending to the failure.
        public var duration: Duration
        /// 1 for the first attempt.
        public var attempt: Int
        /// Creates the event.
        public init(requestID: Int, method: String, url: String, error: TransportError, duration: Duration, attempt: Int) {
            self.requestID = requestID; self.method = method; self.url = url; self.error = error
            self.duration = duration; self.attempt = attempt
        }
    }

    /// A retry that will happen.
    public struct RetryScheduled: Sendable, Hashable {
        /// Identifies the logical request.
        public var requestID: Int
        /// The URL with credentials removed.
        public var url: String
        /// The attempt that failed (1 for the first).
        public var failedAttempt: Int
        /// How long until the next attempt.
        public var delay: Duration
        /// Why: e.g. `status 503`, `timed_out`.
        public var reason: String
        /// Creates the event.
        public init(requestID: Int, url: String, failedAttempt: Int, delay: Duration, reason: String) {
            self.requestID = requestID; self.url = url; self.failedAttempt = failedAttempt
            self.delay = delay; self.reason = reason
        }
    }

    /// A request that ended in an error: the error its caller gets.
    public struct RequestGaveUp: Sendable, Hashable {
        /// The method.
        public var method: String
        /// The URL with credentials removed.
        public var url: String
        /// Attempts made: 0 when none could be; 1 for an answer whose body did not decode.
        public var attempts: Int
        /// The error's ``DiscogsError/kind``, e.g. `not_found`, `rate_limited`, `timed_out`.
        public var kind: String
        /// The error's description (with the server's message; never credentials).
        public var message: String
        /// Creates the event.
        public init(method: String, url: String, attempts: Int, kind: String, message: String) {
            self.method = method; self.url = url; self.attempts = attempts; self.kind = kind; self.message = message
        }
    }

    /// The rate limiter's circuit, opened after 429s in a row.
    public struct RateLimitCircuit: Sendable, Hashable {
        /// The request whose 429 opened it, credentials removed.
        public var url: String
        /// How long nothing is sent.
        public var holdFor: Duration
        /// Creates the event.
        public init(url: String, holdFor: Duration) {
            self.url = url; self.holdFor = holdFor
        }
    }

    /// A transport that could not be used, and the one used instead.
    public struct TransportFallback: Sendable, Hashable {
        /// The transport used instead, e.g. `urlsession`.
        public var chosen: String
        /// Why the preferred one could not be used, e.g. `libcurl.so.4 could not be opened`.
        public var reason: String
        /// Creates the event.
        public init(chosen: String, reason: String) {
            self.chosen = chosen; self.reason = reason
        }
    }

    /// Time the rate limiter held a request back.
    public struct RateLimitWait: Sendable, Hashable {
        /// How long the request waited.
        public var duration: Duration
        /// Why, e.g. `window full (60/60s)` or `server reports 58 used`.
        public var reason: String
        /// Creates the event.
        public init(duration: Duration, reason: String) {
            self.duration = duration; self.reason = reason
        }
    }
}

/// A value decoding tolerated instead of failing: a malformed array element that was skipped, a
/// number that could not be read, an unknown enum value.
public struct DecodingIssue: Sendable, Hashable, CustomStringConvertible {
    /// Where, e.g. `tracklist[3].duration`.
    public var codingPath: String
    /// What was wrong and what was done.
    public var message: String

    /// Creates an issue.
    public init(codingPath: String, message: String) {
        self.codingPath = codingPath
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(codingPath.isEmpty ? "(top level)" : codingPath): \(message)" }
}
