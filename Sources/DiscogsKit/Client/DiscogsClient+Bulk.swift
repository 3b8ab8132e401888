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
    /// it completes: every ID ends as exactly one value or one error.
    ///
    /// The rate limiter paces the requests; concurrency only hides latency.
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
    ///   - ids: the IDs, fetched in this order (completion order may differ).
    ///   - concurrency: requests in flight at once, at least 1. Default 4.
    ///   - fetch: fetches one ID.
    public func fetchEach<Value: Sendable>(_ ids: [Int], concurrency: Int = 4,
                                          _ fetch: @escaping @Sendable (Int) async throws -> Value)
        -> AsyncStream<BulkResult<Value>> {
        let width = max(1, concurrency)
        return AsyncStream { continuation in
            let task = Task {
                await withTaskGroup(of: BulkResult<Value>.self) { group in
                    var next = 0
                    func start() {
                        guard next < ids.count else { return }
                        let id = ids[next]
                        next += 1
                        group.addTask {
                            do {
                                return BulkResult(id: id, result: .success(try await fetch(id)))
                            } catch {
                                return BulkResult(id: id, result: .failure(error))
                            }
                        }
                    }
                    for _ in 0..<min(width, ids.count) { start() }
                    while let outcome = await group.next() {
                        continuation.yield(outcome)
                        start()
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
