import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// Runs code that waits on a ``ManualClock`` to completion by advancing the clock to each
/// sleeper's deadline: tests take no real time waiting for windows or backoff.
enum ClockDriver {
    final class Flag: Sendable {
        let done = Atomic<Bool>(false)
    }

    /// How long a driven operation may take in real time before it counts as hung. Generous: on
    /// a 2-core CI machine the whole suite shares two cooperative threads, and CPU-heavy tests
    /// running beside a driven one can hold them for tens of seconds; only a hang lasts this long.
    static let realTimeLimit: Duration = .seconds(300)

    /// Runs `operation`, advancing `clock` whenever something sleeps on it, until it finishes.
    /// Records an issue (and cancels it) if it has not finished after ``realTimeLimit``; an
    /// operation that ignores the cancellation is abandoned after 10 more seconds, so a hang fails
    /// the test instead of stopping the whole run.
    static func run<T: Sendable>(_ clock: ManualClock,
                                 _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let flag = Flag()
        let task = Task {
            defer { flag.done.store(true, ordering: .sequentiallyConsistent) }
            return try await operation()
        }
        var timedOut = false
        await drive(clock, until: { flag.done.load(ordering: .sequentiallyConsistent) },
                    onTimeout: { timedOut = true; task.cancel() })
        if timedOut {
            let start = ContinuousClock.now
            while !flag.done.load(ordering: .sequentiallyConsistent) {
                if ContinuousClock.now - start > .seconds(10) { throw CancellationError() }
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        return try await task.value
    }

    /// Advances `clock` to each next deadline while `condition` is false (and `ready` is true).
    static func drive(_ clock: ManualClock, until condition: @Sendable () async -> Bool,
                      ready: @Sendable () async -> Bool = { true }, onTimeout: () -> Void = {}) async {
        let start = ContinuousClock.now
        var idle = 0
        while !(await condition()) {
            if ContinuousClock.now - start > realTimeLimit {
                Issue.record("the operation did not finish; the manual clock is at \(clock.now)")
                onTimeout()
                return
            }
            if await ready(), let next = clock.nextDeadline {
                await clock.advance(to: next)
                idle = 0
            } else {
                idle += 1
                // Let other tasks reach the clock; a real pause only when they are slow to run.
                if idle % 200 == 0 { try? await Task.sleep(for: .milliseconds(1)) } else { await Task.yield() }
            }
        }
    }

    /// Waits (without moving the clock) until `condition` holds, at most ``realTimeLimit``.
    static func waitUntil(_ condition: @Sendable () async -> Bool,
                          sourceLocation: SourceLocation = #_sourceLocation) async {
        let start = ContinuousClock.now
        var spins = 0
        while !(await condition()) {
            if ContinuousClock.now - start > realTimeLimit {
                Issue.record("condition not reached", sourceLocation: sourceLocation)
                return
            }
            spins += 1
            if spins % 200 == 0 { try? await Task.sleep(for: .milliseconds(1)) } else { await Task.yield() }
        }
    }
}
