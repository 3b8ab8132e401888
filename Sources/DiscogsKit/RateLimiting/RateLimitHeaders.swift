import Foundation

/// Discogs' view of the rate limit, read from `X-Discogs-Ratelimit`,
/// `X-Discogs-Ratelimit-Used` and `X-Discogs-Ratelimit-Remaining` (names in any case).
///
/// ```swift
/// let view = RateLimitHeaders(response.headers) // limit 60, used 2, remaining 58
/// ```
public struct RateLimitHeaders: Sendable, Hashable, CustomStringConvertible {
    /// Requests allowed per window (60 with credentials, 25 without). It also tells which tier
    /// the server granted.
    public var limit: Int
    /// Requests the server counted in the current window.
    public var used: Int
    /// Requests left in the current window.
    public var remaining: Int

    /// Creates a view.
    public init(limit: Int, used: Int, remaining: Int) {
        self.limit = limit
        self.used = used
        self.remaining = remaining
    }

    /// Reads the three headers, or returns `nil` when any is missing or not a number.
    public init?(_ headers: HTTPHeaders) {
        func number(_ name: String) -> Int? {
            headers[name].flatMap { Int($0.trimmingWhitespace()) }
        }
        guard let limit = number("X-Discogs-Ratelimit"), let used = number("X-Discogs-Ratelimit-Used"),
              let remaining = number("X-Discogs-Ratelimit-Remaining"), limit >= 0, used >= 0, remaining >= 0
        else { return nil }
        self.init(limit: limit, used: used, remaining: remaining)
    }

    /// `limit/used/remaining`, e.g. `60/2/58`.
    public var description: String { "\(limit)/\(used)/\(remaining)" }
}
