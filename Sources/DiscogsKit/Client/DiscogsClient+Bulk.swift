/// Fetching many resources concurrently through the one shared rate limiter.
extension DiscogsClient {
    /// The outcome of one ID in a bulk fetch.
    public struct BulkResult<Value: Sendable>: Sendable {
        /// The ID asked for.
        public var id: Int
        /// The value, or the error that ended this ID (a ``DiscogsError``, or `CancellationError`).
        public var result: Result<Value, any Error>
    }

    /// Fetches every ID with at most `concurrency` requests in flight, yielding each outcome as
    /// it completes (or, `ordered`, in the order of `ids`): every ID ends as exactly one value or
    /// one error.
    ///
    /// The rate limiter paces the requests; concurrency only hides latency. In order, outcomes
    /// that finished ahead of a slower one wait for it, at most ``orderedLookahead`` times
    /// `concurrency` of them, so memory stays bounded whatever the slow one does.
    ///
    /// ```swift
    /// for await outcome in client.fetchEach([1, 2, 3], concurrency: 4, { try await client.release($0) }) {
    ///     switch outcome.result {
    ///     case .success(let release): print(release.title)
    ///     case .failure(let error): print(outcome.id, error)
    ///     }
    /// }
    /// ```
    /// - Parameters:
    ///   - ids: the IDs, fetched in this order.
    ///   - concurrency: requests in flight at once, at least 1. Default 4.
    ///   - ordered: yield in the order of `ids` instead of completion order. Default `false`.
    ///   - fetch: fetches one ID.
    public func fetchEach<Value: Sendable>(_ ids: [Int], concurrency: Int = 4, ordered: Bool = false,
                                          _ fetch: @escaping @Sendable (Int) async throws -> Value)
        -> AsyncStream<BulkResult<Value>> {
        let width = max(1, concurrency)
        // In order, a fetch starts only while fewer than this many outcomes wait to be yielded.
        let window = ordered ? width * Self.orderedLookahead : Int.max
        return AsyncStream { continuation in
            let task = Task {
                await withTaskGroup(of: (Int, BulkResult<Value>).self) { group in
                    var next = 0
                    var yielded = 0
                    var waiting: [Int: BulkResult<Value>] = [:]
                    func start() {
                        guard next < ids.count else { return }
                        let index = next
                        let id = ids[index]
                        next += 1
                        group.addTask {
                            do {
                                return (index, BulkResult(id: id, result: .success(try await fetch(id))))
                            } catch {
                                return (index, BulkResult(id: id, result: .failure(error)))
                            }
                        }
                    }
                    for _ in 0..<min(width, ids.count) { start() }
                    while let (index, outcome) = await group.next() {
                        if ordered {
                            waiting[index] = outcome
                            while let ready = waiting.removeValue(forKey: yielded) {
                                continuation.yield(ready)
                                yielded += 1
                            }
                        } else {
                            continuation.yield(outcome)
                            yielded += 1
                        }
                        // Refill every free slot: in order, one arrival may free several.
                        while next < ids.count, next - yielded < window, next - yielded - waiting.count < width {
                            start()
                        }
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// In an ordered bulk fetch, how many times `concurrency` outcomes may wait for a slower one
    /// before no further fetch starts.
    public static let orderedLookahead = 4
}
