/// The item keys already written to an output: artists and labels go out once per output,
/// whichever release or target brings them again. The enrich job and `discogs release --items`
/// share this one rule.
///
/// ```swift
/// var written = ItemKeySet()
/// for item in extraction.allItems where written.insert(item) { try await sink.write(item) }
/// ```
public struct ItemKeySet: Sendable, Hashable {
    /// The keys seen.
    public private(set) var keys: Set<String>

    /// Creates a set holding `keys` (a resumed run's).
    public init(_ keys: Set<String> = []) {
        self.keys = keys
    }

    /// Whether `item`'s key is already in the set.
    public func contains(_ item: ExtractedItem) -> Bool { keys.contains(item.key) }

    /// Adds `item`'s key; `true` when it was new, so the item is to be written.
    @discardableResult
    public mutating func insert(_ item: ExtractedItem) -> Bool { keys.insert(item.key).inserted }
}

extension ItemSink {
    /// Runs `body` with the sink, then closes it whether `body` succeeded or threw, so output
    /// already buffered is never lost to a failure later on.
    ///
    /// ```swift
    /// try await sink.closing { sink in
    ///     for item in items { try await sink.write(item) }
    /// }
    /// ```
    /// - Throws: `body`'s error (after an attempt to close), or the error of ``close()``.
    public func closing<T: Sendable>(_ body: (Self) async throws -> T) async throws -> T {
        let result: T
        do {
            result = try await body(self)
        } catch {
            try? await close()
            throw error
        }
        try await close()
        return result
    }
}
