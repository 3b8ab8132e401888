import Synchronization

/// A destination that keeps every byte in memory, for tests and small outputs.
///
/// ```swift
/// let memory = MemoryDestination()
/// let sink = JSONLinesSink(destination: memory)
/// try await sink.write(.track(track))
/// try await sink.close()
/// memory.text // "{\"artist_name\":…}\n"
/// ```
public final class MemoryDestination: ByteDestination {
    private struct State {
        var bytes: [UInt8] = []
        var flushCount = 0
        var isClosed = false
    }

    private let state = Mutex(State())

    /// Creates an empty destination.
    public init() {}

    /// Everything written so far.
    public var bytes: [UInt8] { state.withLock { $0.bytes } }

    /// Everything written so far, decoded as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// How many times ``flush()`` was called.
    public var flushCount: Int { state.withLock { $0.flushCount } }

    /// Whether ``close()`` was called.
    public var isClosed: Bool { state.withLock { $0.isClosed } }

    /// Appends `bytes`.
    /// - Throws: ``SinkError/writeFailed(destination:reason:)`` after ``close()``.
    public func write(_ bytes: [UInt8]) throws {
        try state.withLock { state in
            guard !state.isClosed else { throw SinkError.writeFailed(destination: "memory", reason: "it was closed") }
            state.bytes.append(contentsOf: bytes)
        }
    }

    /// Counts the flush.
    public func flush() throws { state.withLock { $0.flushCount += 1 } }

    /// Marks the destination closed; the bytes stay readable.
    public func close() throws { state.withLock { $0.isClosed = true } }
}
