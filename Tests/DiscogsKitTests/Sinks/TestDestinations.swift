import DiscogsKit
import Synchronization

/// A destination that records each chunk it is handed, and can be told to fail.
final class RecordingDestination: ByteDestination {
    private struct State {
        var chunks: [[UInt8]] = []
        var closeCount = 0
    }

    private let state = Mutex(State())
    private let failingWrites: Bool

    /// - Parameter failingWrites: Whether every write throws `SinkError.writeFailed`.
    init(failingWrites: Bool = false) { self.failingWrites = failingWrites }

    var chunks: [[UInt8]] { state.withLock { $0.chunks } }
    var text: String { String(decoding: chunks.flatMap { $0 }, as: UTF8.self) }
    var closeCount: Int { state.withLock { $0.closeCount } }

    func write(_ bytes: [UInt8]) throws {
        if failingWrites { throw SinkError.writeFailed(destination: "test disk", reason: "No space left on device") }
        state.withLock { $0.chunks.append(bytes) }
    }

    func flush() throws {}

    func close() throws { state.withLock { $0.closeCount += 1 } }
}

/// Every file sink by format, for tests that hold for all of them.
enum AnySink {
    static func make(_ format: ItemSinkFormat, _ destination: any ByteDestination, capacity: Int = 64 * 1024) throws -> any ItemSink {
        switch format {
        case .jsonLines: JSONLinesSink(destination: destination, bufferCapacity: capacity)
        case .jsonArray: JSONArraySink(destination: destination, bufferCapacity: capacity)
        case .csv: CSVSink(destination: destination, bufferCapacity: capacity)
        case .sql: try SQLSink(destination: destination, bufferCapacity: capacity)
        }
    }

    static func name(_ format: ItemSinkFormat) -> String {
        switch format {
        case .jsonLines: "JSONLinesSink"
        case .jsonArray: "JSONArraySink"
        case .csv: "CSVSink"
        case .sql: "SQLSink"
        }
    }
}
