/// Why a sink or a byte destination could not do what was asked.
///
/// ```swift
/// do { try await sink.write(item) } catch let error as SinkError { print(error) }
/// // "cannot write track 1234567:A1: metadata.match_confidence must be within 0…1, not 1.5"
/// ```
public enum SinkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file could not be opened for writing.
    case cannotOpen(path: String, reason: String)
    /// Writing to, flushing or closing a destination failed.
    case writeFailed(destination: String, reason: String)
    /// The sink was written to after ``ItemSink/close()``.
    case closed(sink: String)
    /// An item's values cannot be written: out of range, or not representable in the format.
    case invalidItem(key: String, reason: String)
    /// The sink was configured with a value it cannot use.
    case invalidConfiguration(String)

    /// The error as a sentence naming what was wrong.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open \(path) for writing: \(reason)"
        case .writeFailed(let destination, let reason): "cannot write to \(destination): \(reason)"
        case .closed(let sink): "\(sink) was already closed; create a new sink to write more items"
        case .invalidItem(let key, let reason): "cannot write \(key): \(reason)"
        case .invalidConfiguration(let reason): "invalid sink configuration: \(reason)"
        }
    }
}
