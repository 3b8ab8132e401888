/// Concurrent lookups of the same key share one piece of work, and that work is cancelled when
/// the last caller waiting for it is cancelled.
///
/// A plain `Task {}` shared by its waiters does neither: `await task.value` does not pass a
/// waiter's cancellation on, so a cancelled run would wait out every retry and backoff of its
/// shared lookups while orphaned fetches kept spending the rate limit. Here each waiter waits on
/// its own continuation: a cancelled waiter returns at once with `CancellationError`, and the
/// work is cancelled when no waiter is left.
///
/// ```swift
/// let lookups = CoalescedLookups<Int, Release>()
/// let (release, shared) = try await lookups.value(for: 249504) { try await client.release(249504) }
/// ```
actor CoalescedLookups<Key: Hashable & Sendable, Value: Sendable> {
    private struct Entry {
        let generation: UInt64
        var task: Task<Void, Never>?
        var waiters: [UInt64: CheckedContinuation<Value, any Error>]
    }

    private var entries: [Key: Entry] = [:]
    private var nextID: UInt64 = 0

    /// The lookups under way.
    var pendingCount: Int { entries.count }

    /// The value for `key`: from the lookup already under way for it, or from `work` started now.
    /// - Returns: the value, and whether it came from a lookup another caller had started.
    /// - Throws: what `work` throws, or `CancellationError` when the calling task is cancelled
    ///   (at once, whatever the work is doing).
    func value(for key: Key, work: @escaping @Sendable () async throws -> Value) async throws -> (Value, shared: Bool) {
        nextID &+= 1
        let waiter = nextID
        var shared = false
        let value = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
                guard !Task.isCancelled else {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                if entries[key] != nil {
                    shared = true
                    entries[key]!.waiters[waiter] = continuation
                    return
                }
                nextID &+= 1
                let generation = nextID
                entries[key] = Entry(generation: generation, task: nil, waiters: [waiter: continuation])
                entries[key]!.task = Task {
                    let result: Result<Value, any Error>
                    do {
                        result = .success(try await work())
                    } catch {
                        result = .failure(error)
                    }
                    self.finish(key, generation: generation, with: result)
                }
            }
        } onCancel: {
            Task { await self.cancel(waiter, of: key) }
        }
        return (value, shared)
    }

    private func finish(_ key: Key, generation: UInt64, with result: Result<Value, any Error>) {
        guard let entry = entries[key], entry.generation == generation else { return }
        entries[key] = nil
        for continuation in entry.waiters.values { continuation.resume(with: result) }
    }

    private func cancel(_ waiter: UInt64, of key: Key) {
        guard var entry = entries[key], let continuation = entry.waiters.removeValue(forKey: waiter) else { return }
        continuation.resume(throwing: CancellationError())
        if entry.waiters.isEmpty {
            entry.task?.cancel()
            entries[key] = nil
        } else {
            entries[key] = entry
        }
    }
}
