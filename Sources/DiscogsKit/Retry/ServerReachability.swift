import Synchronization

/// Counts the attempts in a row that got no answer from the server (no connection, a timeout, a
/// connection dropped before a response) and, past a threshold, stops sending: a dead server then
/// ends a run in seconds instead of every request waiting out its retries one after another.
///
/// While tripped, attempts fail at once with ``DiscogsError/serverUnreachable(_:)``; after
/// ``cooldown`` one attempt goes through as a probe, and the first answer of any status closes
/// the circuit again.
///
/// ```swift
/// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
/// configuration.unreachableAfter = 10   // the default; nil never stops
/// ```
final class ServerReachability: Sendable {
    /// What the circuit decided for an attempt.
    enum Admission: Sendable {
        case send
        case refuse(failures: Int, lastError: TransportError, retryAfter: Duration)
    }

    private struct State {
        var failures = 0
        var lastError: TransportError?
        var trippedAt: Duration?
        var probing = false
    }

    /// Attempts in a row without an answer that trip the circuit.
    let threshold: Int
    /// How long a tripped circuit refuses before letting a probe through.
    let cooldown: Duration
    private let state = Mutex(State())

    init(threshold: Int, cooldown: Duration) {
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
    }

    /// Whether an attempt may go at `now`.
    func admit(at now: Duration) -> Admission {
        state.withLock { state in
            guard let tripped = state.trippedAt, let last = state.lastError else { return .send }
            let reopens = tripped + cooldown
            if now >= reopens, !state.probing {
                state.probing = true
                return .send
            }
            return .refuse(failures: state.failures, lastError: last, retryAfter: max(.zero, reopens - now))
        }
    }

    /// Records an answer (any status): the server is there.
    func recordAnswer() {
        state.withLock { $0 = State() }
    }

    /// Records an attempt that ended in `error`; `true` when this trips the circuit.
    func recordFailure(_ error: TransportError, at now: Duration) -> Bool {
        guard Self.meansNoAnswer(error) else { return false }
        return state.withLock { state in
            state.failures += 1
            state.lastError = error
            if state.probing {
                state.probing = false
                state.trippedAt = now
                return false
            }
            guard state.trippedAt == nil, state.failures >= threshold else { return false }
            state.trippedAt = now
            return true
        }
    }

    /// The failures that say nothing answered.
    static func meansNoAnswer(_ error: TransportError) -> Bool {
        [.cannotConnect, .timedOut, .connectionLost].contains(error.kind)
    }
}
