/// A type that arrives in pages, with the key of its list in the page body.
public protocol PageItem: Codable, Sendable {
    /// The key of the list in the page body, e.g. `releases`, `versions`, `results`.
    static var pageKey: String { get }
}

/// One page of a paginated answer: its items, the pagination block and any other top-level
/// members (e.g. the `filters` of master versions).
///
/// ```swift
/// let page = try await client.artistReleases(1, page: 2)
/// print(page.pagination.pages, page.items.count)
/// ```
public struct Page<Item: PageItem>: Sendable, Codable {
    /// The pagination block.
    public var pagination: Pagination
    /// The items on this page (malformed ones skipped and reported).
    public var items: [Item]
    /// Top-level members other than `pagination` and the list.
    public var extra: [String: JSONValue]

    /// Creates a page.
    public init(pagination: Pagination, items: [Item], extra: [String: JSONValue] = [:]) {
        self.pagination = pagination
        self.items = items
        self.extra = extra
    }

    /// Decodes a page; a missing pagination block is read as a single page.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        let listKey = AnyKey(Item.pageKey)
        items = try c.decodeLossyArray([Item].self, forKey: listKey)
        pagination = try c.decodeIfPresent(Pagination.self, forKey: AnyKey("pagination"))
            ?? Pagination(page: 1, pages: 1, perPage: items.count, items: items.count)
        var extra: [String: JSONValue] = [:]
        for key in c.allKeys where key.stringValue != "pagination" && key.stringValue != Item.pageKey {
            extra[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
        }
        self.extra = extra
    }

    /// Encodes the page as Discogs sends it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(pagination, forKey: AnyKey("pagination"))
        try c.encode(items, forKey: AnyKey(Item.pageKey))
        for (key, value) in extra { try c.encode(value, forKey: AnyKey(key)) }
    }
}

/// A coding key made from any string.
struct AnyKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
