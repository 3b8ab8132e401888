import Synchronization

/// Where the retry layer's jitter comes from: numbers in `0..<1`. Inject a seeded or constant
/// source in tests so backoff delays are predictable.
///
/// ```swift
/// var policy = RetryPolicy.default
/// policy.random = .constant(0.5)   // every delay is half its ceiling
/// policy.random = .seeded(42)      // a repeatable sequence
/// ```
public struct RandomSource: Sendable {
    private let draw: @Sendable () -> Double

    /// Creates a source from a closure; values outside `0..<1` are clamped into it.
    public init(_ draw: @escaping @Sendable () -> Double) {
        self.draw = draw
    }

    /// The next number in `0..<1`.
    public func next() -> Double {
        let value = draw()
        guard value.isFinite, value > 0 else { return 0 }
        return min(value, 1.0.nextDown)
    }

    /// The system's random numbers (the default).
    public static let system = RandomSource { Double.random(in: 0..<1) }

    /// Always `value`.
    public static func constant(_ value: Double) -> RandomSource { RandomSource { value } }

    /// A repeatable sequence from `seed` (SplitMix64), safe to share between tasks.
    public static func seeded(_ seed: UInt64) -> RandomSource {
        let state = Mutex(seed)
        return RandomSource {
            let bits = state.withLock { value -> UInt64 in
                value &+= 0x9E37_79B9_7F4A_7C15
                var z = value
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
            return Double(bits >> 11) / Double(UInt64(1) << 53)
        }
    }
}
