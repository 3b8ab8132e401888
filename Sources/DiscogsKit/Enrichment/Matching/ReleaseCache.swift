import Foundation

/// Releases fetched during a run, so none is fetched twice: the most recent ones in memory, older
/// ones spilled to disk as JSON, so memory stays flat however long the run. Concurrent requests
/// for the same release share one fetch, which is cancelled when every caller waiting for it is.
///
/// ```swift
/// let cache = ReleaseCache(memoryCapacity: 256)
/// let release = try await cache.release(249504) { try await client.release($0) }
/// ```
public actor ReleaseCache {
    private let memoryCapacity: Int
    private let spillDirectory: URL?
    private var memory: [Int: Release] = [:]
    private var recency: [Int] = []
    private var spilled: Set<Int> = []
    private let inFlight = CoalescedLookups<Int, Release>()
    /// How many releases were fetched (not served from the cache).
    public private(set) var fetches = 0
    /// How many requests were served from the cache.
    public private(set) var hits = 0

    /// Creates a cache keeping `memoryCapacity` releases in memory and spilling older ones to
    /// `spillDirectory` (created when needed; `nil` keeps only the in-memory ones).
    public init(memoryCapacity: Int = 256, spillDirectory: URL? = nil) {
        self.memoryCapacity = max(1, memoryCapacity)
        self.spillDirectory = spillDirectory
    }

    /// Whether `id` is cached (in memory or on disk), so getting it costs no request.
    public func contains(_ id: Int) -> Bool {
        memory[id] != nil || spilled.contains(id)
    }

    /// The release `id`, from the cache or fetched once with `fetch`.
    /// - Throws: what `fetch` throws (a failed fetch is not cached), or `CancellationError` at
    ///   once when the calling task is cancelled (the fetch is cancelled too if no other caller
    ///   waits for it).
    public func release(_ id: Int, fetch: @escaping @Sendable (Int) async throws -> Release) async throws -> Release {
        if let release = memory[id] {
            hits += 1
            touch(id)
            return release
        }
        if spilled.contains(id), let release = loadSpilled(id) {
            hits += 1
            remember(release)
            return release
        }
        // The fetch remembers its release itself: the caller that started it may be gone.
        let (release, shared) = try await inFlight.value(for: id) {
            let release = try await fetch(id)
            await self.fetched(release)
            return release
        }
        if shared { hits += 1 }
        return release
    }

    private func fetched(_ release: Release) {
        fetches += 1
        remember(release)
    }

    private func touch(_ id: Int) {
        if let index = recency.lastIndex(of: id) { recency.remove(at: index) }
        recency.append(id)
    }

    private func remember(_ release: Release) {
        memory[release.id] = release
        touch(release.id)
        while memory.count > memoryCapacity, let oldest = recency.first {
            recency.removeFirst()
            if let evicted = memory.removeValue(forKey: oldest) { spill(evicted) }
        }
    }

    private func file(_ id: Int) -> URL? {
        spillDirectory?.appendingPathComponent("release-\(id).json")
    }

    private func spill(_ release: Release) {
        guard let url = file(release.id), let directory = spillDirectory else { return }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try JSONEncoder().encode(release).write(to: url, options: .atomic)
            spilled.insert(release.id)
        } catch {
            // A release that cannot be spilled is simply fetched again if asked for.
            spilled.remove(release.id)
        }
    }

    private func loadSpilled(_ id: Int) -> Release? {
        guard let url = file(id), let data = FileManager.default.contents(atPath: url.path),
              let release = try? JSONDecoder().decode(Release.self, from: data) else {
            spilled.remove(id)
            return nil
        }
        return release
    }
}
