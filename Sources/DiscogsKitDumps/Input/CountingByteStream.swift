import Synchronization

/// Counts the bytes that pass through it (for progress against a file's size); the count can be
/// read from another thread.
public final class CountingByteStream: DumpByteStream, Sendable {
    // The upstream is only touched by the one reader pulling from this stream (see
    // DumpByteStream); only the counter is shared, through the atomic.
    nonisolated(unsafe) private let upstream: any DumpByteStream
    private let counter = Atomic<Int>(0)

    /// Counts what is read from `upstream`.
    public init(_ upstream: any DumpByteStream) { self.upstream = upstream }

    /// The bytes read so far.
    public var count: Int { counter.load(ordering: .relaxed) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(DumpError) -> Int {
        let read = try upstream.read(into: buffer)
        counter.add(read, ordering: .relaxed)
        return read
    }
}
