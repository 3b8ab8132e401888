import Synchronization

/// A `Clock` whose time moves only when a test advances it: sleepers wake when the time passes
/// their deadline, so rate-limit and retry tests take no real time.
///
/// ```swift
/// let clock = ManualClock()
/// let sleeper = Task { try await clock.sleep(for: .seconds(60)) }
/// await clock.waitForSleepers(1)
/// await clock.advance(by: .seconds(60))   // the sleeper finishes
/// try await sleeper.value
/// ```
///
/// Sleeping is cancellation-aware: cancelling a sleeping task ends its sleep at once with
/// `CancellationError`. A sleep whose deadline has already passed returns immediately.
public final class ManualClock: Clock, Sendable {
    /// A point in the manual clock's time: an offset from its start.
    public struct Instant: InstantProtocol, Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The time since the clock's start.
        public var offset: Duration

        /// Creates an instant `offset` after the clock's start.
        public init(offset: Duration) { self.offset = offset }

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }

        /// The duration from this instant to `other`.
        public func duration(to other: Instant) -> Duration { other.offset - offset }

        /// Orders instants by offset.
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }

        /// `t+1.5 seconds`.
        public var description: String { "t+\(offset)" }
    }

    private struct Sleeper {
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Instant
        var sleepers: [UInt64: Sleeper] = [:]
        var nextID: UInt64 = 0
        var countWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let state: Mutex<State>

    /// Creates a clock at `start` (default: offset zero).
    public init(start: Instant = Instant(offset: .zero)) {
        state = Mutex(State(now: start))
    }

    /// The current time.
    public var now: Instant { state.withLock { $0.now } }

    /// One nanosecond.
    public var minimumResolution: Duration { .nanoseconds(1) }

    /// How many tasks are sleeping on the clock.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The earliest deadline of a sleeping task, if any.
    public var nextDeadline: Instant? { state.withLock { $0.sleepers.values.map(\.deadline).min() } }

    /// Suspends until `deadline`, which only an ``advance(by:)`` or ``advance(to:)`` reaches.
    /// - Throws: `CancellationError` when the task is cancelled before or while sleeping.
    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        let id = state.withLock { s -> UInt64 in
            s.nextID += 1
            return s.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let (immediate, ready) = state.withLock { s -> (Result<Void, any Error>?, [CheckedContinuation<Void, Never>]) in
                    if Task.isCancelled { return (.failure(CancellationError()), []) }
                    if deadline <= s.now { return (.success(()), []) }
                    s.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return (nil, Self.takeSatisfiedWaiters(&s))
                }
                for waiter in ready { waiter.resume() }
                if let immediate { continuation.resume(with: immediate) }
            }
        } onCancel: {
            let sleeper = state.withLock { $0.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the time forward by `duration`, waking sleepers in deadline order.
    public func advance(by duration: Duration) async {
        await advance(to: now.advanced(by: duration))
    }

    /// Moves the time forward to `target` (never backwards), stopping at each sleeper's deadline
    /// on the way and letting the woken tasks run, so a task that sleeps again before `target`
    /// is woken too.
    public func advance(to target: Instant) async {
        while true {
            let due = state.withLock { s -> [CheckedContinuation<Void, any Error>]? in
                guard let next = s.sleepers.values.map(\.deadline).filter({ $0 <= target }).min() else {
                    if target > s.now { s.now = target }
                    return nil
                }
                if next > s.now { s.now = next }
                let ids = s.sleepers.filter { $0.value.deadline <= s.now }.map(\.key)
                return ids.compactMap { s.sleepers.removeValue(forKey: $0)?.continuation }
            }
            guard let due else { break }
            for continuation in due { continuation.resume() }
            await Self.yieldToOthers()
        }
        await Self.yieldToOthers()
    }

    /// Suspends until at least `count` tasks are sleeping on the clock.
    public func waitForSleepers(_ count: Int = 1) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = state.withLock { s -> Bool in
                if s.sleepers.count >= count { return true }
                s.countWaiters.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    private static func takeSatisfiedWaiters(_ s: inout State) -> [CheckedContinuation<Void, Never>] {
        let count = s.sleepers.count
        let ready = s.countWaiters.filter { $0.count <= count }.map(\.continuation)
        s.countWaiters.removeAll { $0.count <= count }
        return ready
    }

    private static func yieldToOthers() async {
        for _ in 0..<20 { await Task.yield() }
    }
}
