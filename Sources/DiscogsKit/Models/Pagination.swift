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
            first = try c.decodeNonEmptyStringIfPresent(forKey: .first)
            prev = try c.decodeNonEmptyStringIfPresent(forKey: .prev)
            next = try c.decodeNonEmptyStringIfPresent(forKey: .next)
            last = try c.decodeNonEmptyStringIfPresent(forKey: .last)
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

    /// Decodes the block, accepting numbers sent as strings and a missing `urls`; a missing or
    /// unreadable number takes its default (page 1 of 1, 50 per page, 0 items), and an unreadable
    /// number or `urls` block is reported to ``DecodingIssueCollector``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        page = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .page) ?? 1
        pages = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .pages) ?? 1
        perPage = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .perPage) ?? 50
        items = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .items) ?? 0
        urls = (try c.decodeLossyIfPresent(Links.self, forKey: .urls)) ?? Links()
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
