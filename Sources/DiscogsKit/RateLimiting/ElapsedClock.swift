/// Any `Clock<Duration>` reduced to what the limiter and the retry layer need: the time elapsed
/// since the wrapper was made, and sleeping until an elapsed time. It lets the pure state machines
/// work with plain `Duration`s whatever the clock's `Instant` type is.
struct ElapsedClock: Sendable {
    /// The time since this wrapper was created, on the wrapped clock.
    let now: @Sendable () -> Duration
    /// Sleeps until the given elapsed time; throws `CancellationError` when cancelled.
    let sleepUntil: @Sendable (Duration) async throws -> Void

    init(_ clock: any Clock<Duration>) {
        self = Self.make(clock)
    }

    private init(now: @escaping @Sendable () -> Duration, sleepUntil: @escaping @Sendable (Duration) async throws -> Void) {
        self.now = now
        self.sleepUntil = sleepUntil
    }

    private static func make<C: Clock<Duration>>(_ clock: C) -> ElapsedClock {
        let origin = clock.now
        return ElapsedClock(
            now: { origin.duration(to: clock.now) },
            sleepUntil: { elapsed in try await clock.sleep(until: origin.advanced(by: elapsed), tolerance: nil) })
    }

    /// Sleeps for `duration` from now.
    func sleep(for duration: Duration) async throws {
        try await sleepUntil(now() + duration)
    }
}
