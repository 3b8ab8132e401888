/// Something that receives extracted items: a file format, a database pipeline, a test double.
///
/// Sinks are streaming: ``write(_:)`` hands an item on (buffered), ``flush()`` pushes what is
/// buffered to the destination, and ``close()`` finishes the output (a JSON array's `]`, the SQL
/// `COMMIT`) and releases the destination. Writing after ``close()`` throws
/// ``SinkError/closed(sink:)``; closing twice does nothing. Always call ``close()``: output still
/// buffered when a sink is dropped is lost.
///
/// ### Choose a sink
///
/// - ``JSONLinesSink``: one JSON object per line; appendable, the format for resumable runs.
/// - ``JSONArraySink``: one JSON array; valid JSON only after ``close()``.
/// - ``CSVSink``: RFC 4180 CSV with a header row, one row per item of any kind.
/// - ``SQLSink``: a PostgreSQL script of idempotent upserts in one transaction.
/// - ``InMemorySink``: keeps the items, for tests.
///
/// ``ItemSinkFormat`` picks one by name (`jsonl`, `json`, `csv`, `sql`).
///
/// ### Implement a custom sink
///
/// A service plugs its own pipeline in by conforming. Keep shared mutable state in an actor:
///
/// ```swift
/// actor SongNodesPipelineSink: ItemSink {
///     private let database: SongNodesDatabase
///     private var pending: [ExtractedItem] = []
///
///     init(database: SongNodesDatabase) { self.database = database }
///
///     func write(_ item: ExtractedItem) async throws {
///         pending.append(item)
///         if pending.count >= 500 { try await flush() }
///     }
///
///     func flush() async throws {
///         let batch = pending
///         pending.removeAll()
///         for item in batch {
///             switch item {
///             case .track(let track): try await database.upsertTrack(key: track.itemKey, track)
///             case .artist(let artist): try await database.upsertArtist(key: artist.itemKey, artist)
///             case .label(let label): try await database.upsertLabel(key: label.itemKey, label)
///             }
///         }
///     }
///
///     func close() async throws { try await flush() }
/// }
/// ```
public protocol ItemSink: Sendable {
    /// Checks that ``write(_:)`` would accept `item`, writing nothing: the enrich job checks
    /// every item of a match first, so a match is written whole or not at all.
    /// - Throws: ``SinkError/invalidItem(key:reason:)`` naming what cannot be written.
    func check(_ item: ExtractedItem) async throws

    /// Writes one item (buffered).
    /// - Throws: ``SinkError/closed(sink:)`` after ``close()``, ``SinkError/invalidItem(key:reason:)``
    ///   when the item's values cannot be written, or the destination's error.
    func write(_ item: ExtractedItem) async throws

    /// Pushes buffered output to the destination.
    /// - Throws: ``SinkError/closed(sink:)`` after ``close()``, or the destination's error.
    func flush() async throws

    /// Finishes the output, flushes it and releases the destination. Closing twice does nothing.
    /// - Throws: The destination's error, or the first write failure, so a close in cleanup still
    ///   reports an incomplete output.
    func close() async throws
}

extension ItemSink {
    /// Checks the values every sink refuses (ids and numbers out of range, an unwritable date).
    /// - Throws: ``SinkError/invalidItem(key:reason:)``.
    public func check(_ item: ExtractedItem) async throws {
        if let problem = item.problem { throw SinkError.invalidItem(key: item.key, reason: problem) }
    }

    /// Writes every item of `items`, in order.
    ///
    /// ```swift
    /// try await sink.write(contentsOf: [.track(track), .artist(artist)])
    /// ```
    /// - Throws: The first error of ``write(_:)``; items after it are not written.
    public func write(contentsOf items: some Sequence<ExtractedItem>) async throws {
        for item in items { try await write(item) }
    }
}
