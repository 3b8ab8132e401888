import Foundation

/// How many requests may be sent in a moving window of time: Discogs allows 60 a minute with
/// credentials and 25 without, counted per source address.
///
/// ### Use
/// ```swift
/// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
/// configuration.rateLimit = .authenticated                       // 60 per 60 s
/// configuration.rateLimit = RateLimit(requests: 30, per: .seconds(3)) // a compressed emulator window
/// configuration.rateLimit = try RateLimit(parsing: "30/3")      // the CLI's --rate-limit N/SECONDS
/// ```
/// Leave ``DiscogsClient/Configuration/rateLimit`` `nil` to pick ``authenticated`` or
/// ``unauthenticated`` from the credentials. Whatever is configured, a lower
/// `X-Discogs-Ratelimit` reported by the server wins.
public struct RateLimit: Sendable, Hashable, CustomStringConvertible {
    /// Requests allowed in any window of length ``window``.
    public var requests: Int
    /// The length of the moving window.
    public var window: Duration

    /// Creates a limit of `requests` per `window`.
    ///
    /// A client refuses a limit with fewer than one request or a window that is not positive
    /// (``DiscogsError/invalidRequest(_:)`` from ``DiscogsClient/init(configuration:transport:)``).
    public init(requests: Int, per window: Duration) {
        self.requests = requests
        self.window = window
    }

    /// Reads `N/SECONDS` (e.g. `30/3`, `60/60`, `2.5` seconds allowed) or `N` (per 60 seconds).
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` naming what is wrong with `text`.
    public init(parsing text: String) throws(DiscogsError) {
        let parts = text.trimmingWhitespace().split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let count = Int(parts[0].trimmingWhitespace()) else {
            throw .invalidRequest("the rate limit “\(text)” is not N/SECONDS, e.g. 60/60 or 30/3.")
        }
        var seconds = 60.0
        if parts.count == 2 {
            guard let value = Double(parts[1].trimmingWhitespace()), value.isFinite else {
                throw .invalidRequest("the rate limit “\(text)” has no number of seconds after the slash, e.g. 30/3.")
            }
            // Checked before converting: a window of 1e16 s would overflow the milliseconds.
            guard value > 0 else {
                throw .invalidRequest("the rate-limit window in “\(text)” is \(parts[1]) s; it must be longer than zero.")
            }
            guard value >= 0.001, value <= Self.maximumWindowSeconds else {
                throw .invalidRequest("the rate-limit window in “\(text)” must be between 0.001 and \(Int(Self.maximumWindowSeconds)) seconds.")
            }
            seconds = value
        }
        let limit = RateLimit(requests: count, per: .milliseconds(Int64((seconds * 1000).rounded())))
        try limit.validate()
        self = limit
    }

    /// The longest window ``init(parsing:)`` accepts: a day.
    public static let maximumWindowSeconds = 86_400.0

    /// 60 requests a minute: Discogs' allowance with any credentials.
    public static let authenticated = RateLimit(requests: 60, per: .seconds(60))
    /// 25 requests a minute: Discogs' allowance without credentials.
    public static let unauthenticated = RateLimit(requests: 25, per: .seconds(60))

    /// The preset for `credentials`: ``authenticated`` or ``unauthenticated``.
    public static func `for`(_ credentials: Credentials) -> RateLimit {
        credentials.isAuthenticated ? .authenticated : .unauthenticated
    }

    /// Checks that the limit can be enforced.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` when ``requests`` is below 1 or ``window`` is
    ///   not positive.
    public func validate() throws(DiscogsError) {
        guard requests >= 1 else {
            throw .invalidRequest("the rate limit allows \(requests) requests per window; it must allow at least 1.")
        }
        guard window > .zero else {
            throw .invalidRequest("the rate-limit window is \(window); it must be longer than zero.")
        }
    }

    /// `60/60s`.
    public var description: String { "\(requests)/\(RateLimit.format(window))" }

    static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
