/// The buffer between a sink and its destination: collects text and hands it on in chunks.
///
/// Holds at most about `capacity` bytes (or one item's bytes when an item is larger), so a sink's
/// memory stays flat however many items pass. After a destination failure it refuses further
/// writes with that failure rather than writing around a gap.
struct BufferedWriter {
    private let destination: any ByteDestination
    private let capacity: Int
    private let sinkName: String
    private var buffer: [UInt8] = []
    private var failure: (any Error)?
    private(set) var isClosed = false

    init(destination: any ByteDestination, capacity: Int, sinkName: String) {
        self.destination = destination
        self.capacity = max(1, capacity)
        self.sinkName = sinkName
        buffer.reserveCapacity(min(self.capacity, 1 << 20))
    }

    /// Throws ``SinkError/closed(sink:)`` after ``close()``, or the earlier destination failure.
    func checkWritable() throws {
        if isClosed { throw SinkError.closed(sink: sinkName) }
        if let failure { throw failure }
    }

    /// Appends `text`, handing the buffer on when it reaches the capacity.
    mutating func write(_ text: String) throws {
        try checkWritable()
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try drain() }
    }

    /// Hands on whatever is buffered and flushes the destination.
    mutating func flush() throws {
        try checkWritable()
        try drain()
        do { try destination.flush() } catch { throw remember(error) }
    }

    /// Hands on whatever is buffered and closes the destination; closing again does nothing.
    ///
    /// The destination is closed even after a failure; the first failure of the writer's life
    /// is thrown, so a caller that closes in cleanup still learns the output is incomplete.
    mutating func close() throws {
        guard !isClosed else { return }
        isClosed = true
        if failure == nil { try? drain() }
        do { try destination.close() } catch { _ = remember(error) }
        if let failure { throw failure }
    }

    private mutating func drain() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        do { try destination.write(buffer) } catch { throw remember(error) }
    }

    /// Keeps the first failure so later writes refuse with it, and returns `error`.
    private mutating func remember(_ error: any Error) -> any Error {
        if failure == nil { failure = error }
        return error
    }
}
