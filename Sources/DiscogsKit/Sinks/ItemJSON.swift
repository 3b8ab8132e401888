import Foundation

/// The JSON text of items as the JSON sinks write it: compact, keys sorted, slashes unescaped.
///
/// Sorted keys make the output byte-for-byte reproducible, so a resumed run writes exactly what
/// an uninterrupted one would.
enum ItemJSON {
    /// A fresh encoder with the sinks' settings.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON text of `value`, or ``SinkError/invalidItem(key:reason:)`` naming `key`.
    static func text(of value: some Encodable, key: String, using encoder: JSONEncoder) throws -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch let error as EncodingError {
            throw SinkError.invalidItem(key: key, reason: "not encodable as JSON: \(describe(error))")
        }
    }

    /// Checks the item's values, then returns its JSON text.
    static func text(of item: ExtractedItem, using encoder: JSONEncoder) throws -> String {
        if let problem = item.problem { throw SinkError.invalidItem(key: item.key, reason: problem) }
        return try text(of: item, key: item.key, using: encoder)
    }

    private static func describe(_ error: EncodingError) -> String {
        switch error {
        case .invalidValue(let value, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "\(value) at \(path.isEmpty ? "top level" : path)"
        @unknown default:
            return "\(error)"
        }
    }
}
