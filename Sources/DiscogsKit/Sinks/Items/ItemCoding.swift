import Foundation

/// Decoding steps the three item types share.
enum ItemCoding {
    /// Throws when the container's `item_type` is present and names a kind other than `expected`.
    static func checkItemType<Key: CodingKey>(
        _ expected: ItemKind, in container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws {
        guard let found = try container.decodeIfPresent(String.self, forKey: key) else { return }
        guard found == expected.rawValue else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "item_type is \"\(found)\", expected \"\(expected.rawValue)\"")
        }
    }

    /// Decodes an ISO 8601 timestamp with a time zone, throwing a message naming the text when it is not one.
    static func decodeTimestamp<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws -> Date {
        let text = try container.decode(String.self, forKey: key)
        guard let date = ISO8601Timestamp.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(key.stringValue) \"\(text)\" is not an ISO 8601 date-time with a time zone, such as 2024-05-01T12:00:00Z")
        }
        return date
    }
}
