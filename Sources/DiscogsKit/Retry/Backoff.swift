import Foundation

/// Exponential backoff with full jitter: the delay before retry *n* is drawn uniformly from
/// zero up to `min(maxDelay, base × multiplier^(n−1))`, so clients that failed together do not
/// retry together.
///
/// ```swift
/// let backoff = Backoff(base: .seconds(1), maxDelay: .seconds(60))
/// backoff.ceiling(forRetry: 3)                  // 4 seconds
/// backoff.delay(forRetry: 3, random: 0.5)       // 2 seconds
/// ```
public struct Backoff: Sendable, Hashable {
    /// The ceiling of the first retry's delay. Default: 1 second.
    public var base: Duration
    /// How much the ceiling grows per retry. Default: 2.
    public var multiplier: Double
    /// The cap on a single delay. Default: 60 seconds (one Discogs window).
    public var maxDelay: Duration

    /// Creates a backoff.
    public init(base: Duration = .seconds(1), multiplier: Double = 2, maxDelay: Duration = .seconds(60)) {
        self.base = base
        self.multiplier = multiplier
        self.maxDelay = maxDelay
    }

    /// The largest delay retry `retry` (1 for the first retry) may wait.
    public func ceiling(forRetry retry: Int) -> Duration {
        let growth = pow(max(1, multiplier), Double(max(0, retry - 1)))
        let seconds = min(base.seconds * growth, maxDelay.seconds)
        return Duration.seconds(max(0, seconds.isFinite ? seconds : maxDelay.seconds))
    }

    /// The full-jitter delay for retry `retry`, given `random` in `0..<1`.
    public func delay(forRetry retry: Int, random: Double) -> Duration {
        let fraction = min(max(random, 0), 1)
        return Duration.seconds(ceiling(forRetry: retry).seconds * fraction)
    }
}
