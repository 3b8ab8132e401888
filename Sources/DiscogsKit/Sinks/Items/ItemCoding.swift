import Foundation

/// Decoding and checking steps the three item types share.
enum ItemCoding {
    /// The key of an artist or label item: its Discogs id (`"2108297"`), or `"~"` and its
    /// normalised name when it has none.
    static func entityKey(discogsID: Int?, normalizedName: String) -> String {
        discogsID.map(String.init) ?? "~\(normalizedName)"
    }

    /// What is wrong with an artist's or label's (`kind`) id and timestamp, or `nil`.
    static func entityProblem(discogsID: Int?, kind: ItemKind, scrapeTimestamp: Date) -> String? {
        if let discogsID, discogsID <= 0 { return "discogs_id must be a positive \(kind.rawValue) id, not \(discogsID)" }
        return timestampProblem(scrapeTimestamp)
    }

    /// `"scrape_timestamp is not a finite date"` for a date that cannot be written, or `nil`.
    static func timestampProblem(_ date: Date) -> String? {
        date.timeIntervalSince1970.isFinite ? nil : "scrape_timestamp is not a finite date"
    }

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

/// The coding keys every item type has besides its own.
protocol ItemCodingKey: CodingKey {
    static var itemType: Self { get }
    static var externalURLs: Self { get }
    static var dataSource: Self { get }
    static var scrapeTimestamp: Self { get }
}

/// The fields every item type ends with: its links, where the data came from and when.
struct ItemProvenance {
    var externalURLs: [String: String]
    var dataSource: String
    var scrapeTimestamp: Date
}

extension ItemCoding {
    /// Checks `item_type` against `kind` and decodes the shared fields (`external_urls` may be
    /// absent and reads as none).
    static func decodeProvenance<Key: ItemCodingKey>(_ kind: ItemKind, from c: KeyedDecodingContainer<Key>) throws -> ItemProvenance {
        try checkItemType(kind, in: c, forKey: .itemType)
        return ItemProvenance(externalURLs: try c.decodeIfPresent([String: String].self, forKey: .externalURLs) ?? [:],
                              dataSource: try c.decode(String.self, forKey: .dataSource),
                              scrapeTimestamp: try decodeTimestamp(from: c, forKey: .scrapeTimestamp))
    }

    /// Encodes the shared fields, the timestamp in ISO 8601.
    static func encode<Key: ItemCodingKey>(_ provenance: ItemProvenance, into c: inout KeyedEncodingContainer<Key>) throws {
        try c.encode(provenance.externalURLs, forKey: .externalURLs)
        try c.encode(provenance.dataSource, forKey: .dataSource)
        try c.encode(ISO8601Timestamp.string(from: provenance.scrapeTimestamp), forKey: .scrapeTimestamp)
    }

    /// Throws a `DecodingError` carrying `problem`, the item's own check of its values, if any.
    static func check(_ problem: String?, decoder: any Decoder) throws {
        if let problem { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem)) }
    }
}
