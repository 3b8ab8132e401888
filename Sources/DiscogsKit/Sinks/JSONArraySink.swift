import Foundation

/// Writes the items as one JSON array, one item per line, streamed as they come.
///
/// `[` is written with the first item, `,` before each later one, `]` on ``close()``; closing
/// without items writes `[]`. The output is valid JSON only once the sink is closed.
///
/// ```swift
/// let memory = MemoryDestination()
/// let sink = JSONArraySink(destination: memory)
/// try await sink.close()
/// memory.text // "[]\n"
/// ```
public actor JSONArraySink: ItemSink {
    private var writer: BufferedWriter
    private let encoder = ItemJSON.makeEncoder()
    private var count = 0

    /// Creates a sink writing to `destination`.
    /// - Parameters:
    ///   - destination: Where the array goes.
    ///   - bufferCapacity: Bytes collected before they are handed to the destination; 64 KiB by default.
    ///   - resuming: Whether `destination` already holds the start of this array (`[` and at least
    ///     one element, as a resumed run finds it): the next element is then written after a comma.
    public init(destination: any ByteDestination, bufferCapacity: Int = 64 * 1024, resuming: Bool = false) {
        writer = BufferedWriter(destination: destination, capacity: bufferCapacity, sinkName: "JSONArraySink")
        count = resuming ? 1 : 0
    }

    /// Writes `item` as the array's next element.
    /// - Throws: ``SinkError/invalidItem(key:reason:)``, ``SinkError/closed(sink:)`` or the destination's error.
    public func write(_ item: ExtractedItem) throws {
        try writer.checkWritable()
        let json = try ItemJSON.text(of: item, using: encoder)
        try writer.write((count == 0 ? "[\n" : ",\n") + json)
        count += 1
    }

    /// Hands the elements written so far to the destination (not yet a complete array).
    public func flush() throws { try writer.flush() }

    /// Ends the array (`]`, or `[]` when empty) and closes the destination.
    public func close() throws {
        guard !writer.isClosed else { return }
        do {
            try writer.write(count == 0 ? "[]\n" : "\n]\n")
        } catch {
            try? writer.close()
            throw error
        }
        try writer.close()
    }
}
