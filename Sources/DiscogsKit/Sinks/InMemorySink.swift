import Synchronization

/// A sink that keeps every item in memory, for tests and for callers that want the items back.
///
/// It checks items like the other sinks (an out-of-range value throws
/// ``SinkError/invalidItem(key:reason:)``) and, like them, refuses writes after ``close()``.
/// Its accessors read the current state synchronously.
///
/// ```swift
/// let sink = InMemorySink()
/// try await sink.write(.track(track))
/// try await sink.close()
/// sink.tracks.first?.title // "Blind Faith"
/// sink.isClosed           // true
/// ```
public final class InMemorySink: ItemSink {
    private struct State {
        var items: [ExtractedItem] = []
        var flushCount = 0
        var isClosed = false
    }

    private let state = Mutex(State())

    /// Creates an empty sink.
    public init() {}

    /// Every item written, in order.
    public var items: [ExtractedItem] { state.withLock { $0.items } }

    /// The track items written, in order.
    public var tracks: [TrackItem] {
        items.compactMap { if case .track(let track) = $0 { track } else { nil } }
    }

    /// The artist items written, in order.
    public var artists: [ArtistItem] {
        items.compactMap { if case .artist(let artist) = $0 { artist } else { nil } }
    }

    /// The label items written, in order.
    public var labels: [LabelItem] {
        items.compactMap { if case .label(let label) = $0 { label } else { nil } }
    }

    /// How many times ``flush()`` was called.
    public var flushCount: Int { state.withLock { $0.flushCount } }

    /// Whether ``close()`` was called.
    public var isClosed: Bool { state.withLock { $0.isClosed } }

    /// Keeps `item`.
    /// - Throws: ``SinkError/invalidItem(key:reason:)`` or ``SinkError/closed(sink:)``.
    public func write(_ item: ExtractedItem) async throws {
        try state.withLock { state in
            guard !state.isClosed else { throw SinkError.closed(sink: "InMemorySink") }
            if let problem = item.problem { throw SinkError.invalidItem(key: item.key, reason: problem) }
            state.items.append(item)
        }
    }

    /// Counts the flush.
    /// - Throws: ``SinkError/closed(sink:)`` after ``close()``.
    public func flush() async throws {
        try state.withLock { state in
            guard !state.isClosed else { throw SinkError.closed(sink: "InMemorySink") }
            state.flushCount += 1
        }
    }

    /// Marks the sink closed; the items stay readable.
    public func close() async throws { state.withLock { $0.isClosed = true } }
}
