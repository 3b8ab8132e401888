/// Which queue a request waits in at the rate limiter.
///
/// A service that runs a long background sync and answers users on the same address marks the
/// sync's requests ``background``: background requests leave a tenth of each window free
/// (``RateLimitState/backgroundReserve``) so an interactive request finds a slot at once; while
/// both wait, ``interactive`` requests go first, and a background request that has waited a
/// whole window goes before them, so neither lane starves. The cost: a background sync runs at
/// nine tenths of the limit.
///
/// ```swift
/// let sync = client.inLane(.background)        // shares the client's limiter
/// async let releases = sync.fetchEach(ids) { try await sync.release($0) }
/// let answer = try await client.release(249504) // goes ahead of the sync's waiting requests
/// ```
public enum RequestLane: String, Sendable, Hashable, CaseIterable {
    /// A person is waiting for the answer (the default).
    case interactive
    /// Bulk or scheduled work that can wait.
    case background
}
