import Foundation
import Synchronization

/// Collects the ``DecodingIssue``s that tolerant decoding reports while one response decodes.
///
/// The tolerant helpers in `Models/Decoding` call ``report(_:at:)``; the client installs a
/// collector for the duration of a decode (a task-local, so nothing leaks between concurrent
/// decodes) and forwards what it gathered to the observer as ``DiscogsEvent/decodingIssue(_:)``.
public final class DecodingIssueCollector: Sendable {
    private let storage = Mutex<[DecodingIssue]>([])

    /// The collector of the decode running on this task, if any.
    @TaskLocal public static var current: DecodingIssueCollector?

    /// Creates an empty collector.
    public init() {}

    /// The issues reported so far.
    public var issues: [DecodingIssue] { storage.withLock { $0 } }

    /// Records an issue with the current collector, if one is installed.
    public static func report(_ message: String, at codingPath: [any CodingKey]) {
        current?.storage.withLock { $0.append(DecodingIssue(codingPath: codingPath.pathString, message: message)) }
    }

    /// Decodes `type` from `data` with a collector installed and returns the value with the
    /// issues tolerated on the way.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data,
                                            using decoder: JSONDecoder = JSONDecoder()) throws -> (T, [DecodingIssue]) {
        let collector = DecodingIssueCollector()
        let value = try $current.withValue(collector) { try decoder.decode(type, from: data) }
        return (value, collector.issues)
    }
}

extension Array where Element == any CodingKey {
    /// `tracklist[3].duration` style path.
    public var pathString: String {
        var out = ""
        for key in self {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out
    }
}
