/// A histogram of durations in seconds with fixed bucket bounds, as Prometheus histograms count.
///
/// ```swift
/// var histogram = DurationHistogram(bounds: [0.1, 1])
/// histogram.record(.milliseconds(250))
/// histogram.cumulativeCounts   // [0, 1, 1]: ≤ 0.1 s, ≤ 1 s, +Inf
/// ```
public struct DurationHistogram: Sendable, Hashable {
    /// The buckets' upper bounds in seconds, ascending (the `+Inf` bucket is implied).
    public let bounds: [Double]
    /// How many durations fell in each bucket and not an earlier one; one more than ``bounds``,
    /// the last being the `+Inf` overflow.
    public private(set) var counts: [Int]
    /// All durations added up.
    public private(set) var sum: Duration = .zero
    /// How many durations were recorded.
    public private(set) var count = 0

    /// Prometheus' usual request buckets: 5 ms to 30 s.
    public static let defaultBounds: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    /// Creates an empty histogram; bounds are sorted, and non-finite or duplicate ones dropped.
    public init(bounds: [Double] = DurationHistogram.defaultBounds) {
        self.bounds = Array(Set(bounds.filter(\.isFinite))).sorted()
        counts = Array(repeating: 0, count: self.bounds.count + 1)
    }

    /// Adds one duration.
    public mutating func record(_ duration: Duration) {
        let seconds = duration.seconds
        let index = bounds.firstIndex { seconds <= $0 } ?? bounds.count
        counts[index] += 1
        sum += duration
        count += 1
    }

    /// The count of durations at or under each bound, then the total (`+Inf`).
    public var cumulativeCounts: [Int] {
        var running = 0
        return counts.map { running += $0; return running }
    }

    /// The smallest bound under which at least `fraction` of the durations fall, or `nil` when
    /// empty or when they fall in the `+Inf` bucket.
    public func bound(containing fraction: Double) -> Double? {
        guard count > 0 else { return nil }
        let needed = Double(count) * min(max(fraction, 0), 1)
        for (index, cumulative) in cumulativeCounts.enumerated() where Double(cumulative) >= needed {
            return index < bounds.count ? bounds[index] : nil
        }
        return nil
    }
}
