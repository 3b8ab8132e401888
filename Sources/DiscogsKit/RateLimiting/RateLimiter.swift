import Foundation

/// The one rate limiter of a client: every request of every task (and every copy of the client)
/// asks it for a slot before it is sent, so together they never exceed the moving window.
///
/// It owns a ``RateLimitState`` and a clock; waiting requests are served first come, first
/// served within their ``RequestLane``: interactive ones before background ones, except that a
/// background request that has waited a whole window goes first; and background requests leave
/// ``RateLimitState/backgroundReserve`` slots of each window free, so a user's request finds one
/// at once even while a sync keeps the window full. When a ``SharedRateLimitStore`` is given, the slots of other processes on the machine
/// count too.
///
/// ### Use
/// ```swift
/// let limiter = RateLimiter(limit: .authenticated)
/// let permit = try await limiter.acquire()          // waits while the window is full
/// let response = try await transport.send(request)
/// await limiter.complete(permit, outcome: .response(status: response.status,
///                                                  headers: RateLimitHeaders(response.headers)))
/// ```
/// ``RateLimitMiddleware`` does exactly this for the client.
///
/// Waiting is cancellation-aware: cancelling a waiting task ends its wait at once with
/// `CancellationError`, and it holds no slot.
public actor RateLimiter {
    /// A reserved slot: report its outcome with ``RateLimiter/complete(_:outcome:)``.
    public struct Permit: Sendable, Hashable {
        /// The slot's number.
        public let token: UInt64
        /// When the slot was admitted, as time since the limiter was created.
        public let admittedAt: Duration
        /// How long the request waited for the slot.
        public let waited: Duration
        /// Why it waited, when it did.
        public let reason: RateLimitState.WaitReason?
    }

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Permit, any Error>
        let enqueuedAt: Duration
        let lane: RequestLane
        var reason: RateLimitState.WaitReason?
    }

    private var state: RateLimitState
    private let time: ElapsedClock
    private let store: SharedRateLimitStore?
    private let inFlightAllowance: Duration
    private var waiters: [Waiter] = []
    private var nextWaiterID: UInt64 = 0
    private var lastReason: RateLimitState.WaitReason?
    private var timer: Task<Void, Never>?
    private var timerDeadline: Duration?
    private var timerGeneration: UInt64 = 0

    /// Creates a limiter.
    /// - Parameters:
    ///   - limit: requests per window (a lower `X-Discogs-Ratelimit` from the server wins).
    ///   - clock: the time source for waiting. Default: `ContinuousClock`; tests pass a manual clock.
    ///   - sharedStore: the cross-process state file, or `nil` (default) for this process alone.
    ///   - inFlightAllowance: how long past one window another process may assume a slot still in
    ///     flight counts, should this process die. Default: 30 seconds (the request timeout).
    public init(limit: RateLimit, clock: any Clock<Duration> = ContinuousClock(),
                sharedStore: SharedRateLimitStore? = nil, inFlightAllowance: Duration = .seconds(30)) {
        state = RateLimitState(limit: limit)
        time = ElapsedClock(clock)
        store = sharedStore
        self.inFlightAllowance = inFlightAllowance
    }

    /// The state machine as it is now (for diagnostics and tests).
    public var currentState: RateLimitState { state }

    /// The time since the limiter was created, on its clock.
    public var elapsed: Duration { time.now() }

    /// How many requests are waiting for a slot.
    public var waitingCount: Int { waiters.count }

    /// Waits until the window has room, then reserves a slot; `lane` says which queue to wait in.
    /// - Throws: `CancellationError` when the task is cancelled before or while waiting.
    public func acquire(lane: RequestLane = .interactive) async throws -> Permit {
        try Task.checkCancellation()
        let start = time.now()
        var first: RateLimitState.Action?
        if waiters.isEmpty {
            let action = admit(at: start, lane: lane)
            if case .proceed(let token) = action {
                return Permit(token: token, admittedAt: start, waited: .zero, reason: nil)
            }
            first = action
        }
        nextWaiterID += 1
        let id = nextWaiterID
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Permit, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                waiters.append(Waiter(id: id, continuation: continuation, enqueuedAt: start, lane: lane, reason: lastReason))
                // Asked just now and told to wait: hold it as told rather than asking again at once.
                if let first, waiters.count == 1 { hold(first, at: start) } else { serviceQueue() }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Records how the attempt holding `permit` ended, reading the server's rate-limit headers,
    /// and lets waiting requests go if that freed room.
    /// - Returns: how long nothing will be sent when this outcome opened the circuit (429s kept
    ///   coming), else `nil`.
    @discardableResult
    public func complete(_ permit: Permit, outcome: RateLimitState.Outcome) -> Duration? {
        let wasOpen = state.isCircuitOpen
        defer { serviceQueue() }
        let now = time.now()
        if synchronized(at: now, { state in state.complete(permit.token, at: now, outcome: outcome) }) == nil {
            // An outcome only shortens this process's own slot: keep it, and the next update that
            // reaches the file writes it (until then the file holds the longer, safer expiry).
            state.complete(permit.token, at: now, outcome: outcome)
        }
        guard !wasOpen, state.isCircuitOpen, let hold = state.rejectionHoldUntil else { return nil }
        return hold - now
    }

    // MARK: - Queue

    private func serviceQueue() {
        guard !waiters.isEmpty else { return cancelTimer() }
        let now = time.now()
        while !waiters.isEmpty {
            let index = nextWaiterIndex(at: now)
            switch admit(at: now, lane: waiters[index].lane) {
            case .proceed(let token):
                let waiter = waiters.remove(at: index)
                waiter.continuation.resume(returning: Permit(token: token, admittedAt: now,
                                                             waited: now - waiter.enqueuedAt, reason: waiter.reason))
            case let action:
                return hold(action, at: now)
            }
        }
        cancelTimer()
    }

    /// Keeps the first waiter waiting as `action` says, and wakes the queue when that time comes.
    private func hold(_ action: RateLimitState.Action, at now: Duration) {
        switch action {
        case .proceed:
            break // a slot is handed out only by serviceQueue, never held
        case .wait(let until, let reason):
            note(reason, at: now)
            schedule(at: store == nil ? until : min(until, now + pollInterval))
        case .waitForCompletion(let reason):
            note(reason, at: now)
            // Only an outcome frees a slot; with a shared file, another process's may too.
            store == nil ? cancelTimer() : schedule(at: now + pollInterval)
        }
    }

    /// The waiter to serve next: the first interactive one, unless the first background one has
    /// waited a whole window (so a steady stream of interactive requests never starves it).
    private func nextWaiterIndex(at now: Duration) -> Int {
        guard let interactive = waiters.firstIndex(where: { $0.lane == .interactive }) else { return 0 }
        if let background = waiters.firstIndex(where: { $0.lane == .background }),
           now - waiters[background].enqueuedAt >= state.window {
            return background
        }
        return interactive
    }

    private func note(_ reason: RateLimitState.WaitReason, at now: Duration) {
        lastReason = reason
        waiters[nextWaiterIndex(at: now)].reason = reason
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index)
        waiter.continuation.resume(throwing: CancellationError())
        serviceQueue()
    }

    private func schedule(at deadline: Duration) {
        if timer != nil, timerDeadline == deadline { return }
        timer?.cancel()
        timerGeneration += 1
        let generation = timerGeneration
        timerDeadline = deadline
        let time = self.time
        timer = Task {
            do { try await time.sleepUntil(deadline) } catch { return }
            self.timerFired(generation)
        }
    }

    private func timerFired(_ generation: UInt64) {
        guard generation == timerGeneration else { return }
        timer = nil
        timerDeadline = nil
        serviceQueue()
    }

    private func cancelTimer() {
        timer?.cancel()
        timer = nil
        timerDeadline = nil
    }

    /// How often a waiting limiter rereads the shared file: other processes' answers shorten
    /// their slots without telling this one.
    private var pollInterval: Duration {
        let perSlot = state.window / max(1, state.effectiveLimit) / 2
        return min(max(perSlot, .milliseconds(10)), .milliseconds(250))
    }

    // MARK: - Shared file

    private func admit(at now: Duration, lane: RequestLane) -> RateLimitState.Action {
        guard let action = synchronized(at: now, { state in state.requestSlot(at: now, lane: lane) }) else {
            // The shared file could not be used: admit nothing the other processes cannot see.
            return .wait(until: now + pollInterval, reason: .sharedFileUnavailable)
        }
        return action
    }

    /// Runs `change` on the state; with a shared file, first loads the other processes' slots and
    /// afterwards writes this process's slots, all under the file lock.
    /// - Returns: `change`'s result, or `nil` when the shared file could not be used; the state
    ///   is then as it was before (a slot admitted but not written is taken back).
    private func synchronized<R: Sendable>(at now: Duration, _ change: (inout RateLimitState) -> R) -> R? {
        guard let store else { return change(&state) }
        let window = state.window
        let allowance = inFlightAllowance
        let before = state
        do {
            return try store.update { entries, wallNow in
                let wall = wallNow.timeIntervalSince1970
                func elapsed(_ seconds: Double) -> Duration { now + .seconds(seconds - wall) }
                func wallTime(_ elapsed: Duration) -> Double { wall + (elapsed - now).seconds }
                let foreign = entries.filter { $0.owner != store.owner }
                state.replaceForeignSlots(foreign.map { (elapsed($0.admitted), elapsed($0.expires)) })
                let result = change(&state)
                entries = foreign + state.localSlots.compactMap { slot in
                    let expires = slot.expiresAt ?? (slot.admittedAt + window + allowance)
                    guard expires > now else { return nil }
                    return .init(owner: store.owner, token: slot.token, admitted: wallTime(slot.admittedAt),
                                 expires: wallTime(expires))
                }
                return result
            }
        } catch {
            state = before
            return nil
        }
    }
}
