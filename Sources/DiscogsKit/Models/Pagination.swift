/// The `pagination` block of a paginated Discogs answer.
///
/// Walk pages by ``pages`` and ``Links/next``, never by `items / per_page`: Discogs returns short
/// pages and totals that overstate what it delivers.
public struct Pagination: Sendable, Hashable, Codable {
    /// Links to neighbouring pages; only the ones that apply are present.
    public struct Links: Sendable, Hashable, Codable {
        /// The first page (absent on page 1).
        public var first: String?
        /// The previous page (absent on page 1).
        public var prev: String?
        /// The next page (absent on the last page).
        public var next: String?
        /// The last page (absent on the last page).
        public var last: String?

        /// Creates links.
        public init(first: String? = nil, prev: String? = nil, next: String? = nil, last: String? = nil) {
            self.first = first; self.prev = prev; self.next = next; self.last = last
        }

        /// Decodes the links, treating empty strings as absent.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func link(_ key: CodingKeys) throws -> String? {
                guard let value = try c.decodeIfPresent(String.self, forKey: key), !value.isEmpty else { return nil }
                return value
            }
            first = try link(.first); prev = try link(.prev); next = try link(.next); last = try link(.last)
        }

        enum CodingKeys: String, CodingKey { case first, prev, next, last }
    }

    /// This page's number, 1-based.
    public var page: Int
    /// How many pages the server says there are.
    public var pages: Int
    /// The page size asked for.
    public var perPage: Int
    /// How many items the server says there are (may overstate what it delivers).
    public var items: Int
    /// Links to neighbouring pages.
    public var urls: Links

    /// Creates a pagination block.
    public init(page: Int, pages: Int, perPage: Int, items: Int, urls: Links = Links()) {
        self.page = page; self.pages = pages; self.perPage = perPage; self.items = items; self.urls = urls
    }

    /// Decodes the block, accepting numbers sent as strings and a missing `urls`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func int(_ key: CodingKeys, default value: Int) throws -> Int {
            if let n = try? c.decodeIfPresent(Int.self, forKey: key) { return n }
            if let s = try? c.decodeIfPresent(String.self, forKey: key), let n = Int(s) { return n }
            return value
        }
        page = try int(.page, default: 1)
        pages = try int(.pages, default: 1)
        perPage = try int(.perPage, default: 50)
        items = try int(.items, default: 0)
        urls = (try c.decodeIfPresent(Links.self, forKey: .urls)) ?? Links()
    }

    /// Whether a page follows this one: the server says there are more pages and, when it sent
    /// any links at all, it sent a `next` link.
    public var hasNext: Bool {
        let sentLinks = urls.first != nil || urls.prev != nil || urls.next != nil || urls.last != nil
        return page < pages && (urls.next != nil || !sentLinks)
    }

    enum CodingKeys: String, CodingKey {
        case page, pages, items, urls
        case perPage = "per_page"
    }
}
