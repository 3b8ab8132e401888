import Foundation

/// Walks every page of a paginated endpoint lazily, as items or as whole pages.
///
/// It follows the server's `pagination.pages` and `urls.next` (never offset arithmetic: Discogs
/// returns short pages and totals that overstate what it delivers), stops on a page that repeats
/// the one before or comes back empty, treats a 404 on a later page as the end, and stops at the
/// caps you set.
///
/// ```swift
/// for try await release in client.allArtistReleases(1, maxItems: 250) {
///     print(release.title)
/// }
/// ```
public struct PageSequence<Item: PageItem>: AsyncSequence, Sendable {
    /// The element type: one item.
    public typealias Element = Item

    let client: DiscogsClient
    let endpoint: Endpoint
    /// Items per page (1…100). Default 100.
    public let perPage: Int
    /// Stop after this many pages, or `nil` for no cap.
    public let maxPages: Int?
    /// Stop after this many items, or `nil` for no cap.
    public let maxItems: Int?

    /// Creates a walk over `endpoint` (its own page parameters are replaced).
    public init(client: DiscogsClient, endpoint: Endpoint, perPage: Int = PageRequest.maximumPerPage,
                maxPages: Int? = nil, maxItems: Int? = nil) {
        self.client = client
        self.endpoint = endpoint
        self.perPage = perPage
        self.maxPages = maxPages
        self.maxItems = maxItems
    }

    /// The same walk, page by page.
    public var pages: Pages { Pages(base: self) }

    /// Collects every item into an array.
    /// - Throws: ``DiscogsError``.
    public func collect() async throws -> [Item] {
        var out: [Item] = []
        for try await item in self { out.append(item) }
        return out
    }

    /// Creates the item iterator.
    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), maxItems: maxItems)
    }

    /// Iterates over items.
    public struct Iterator: AsyncIteratorProtocol {
        var pages: Pages.Iterator
        let maxItems: Int?
        var buffer: [Item] = []
        var position = 0
        var delivered = 0

        /// The next item, or `nil` at the end.
        /// - Throws: ``DiscogsError``.
        public mutating func next() async throws -> Item? {
            if let maxItems, delivered >= maxItems { return nil }
            while position >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items
                position = 0
            }
            defer { position += 1; delivered += 1 }
            return buffer[position]
        }
    }

    /// The walk as a sequence of whole pages.
    public struct Pages: AsyncSequence, Sendable {
        /// The element type: one page.
        public typealias Element = Page<Item>
        let base: PageSequence

        /// Creates the page iterator.
        public func makeAsyncIterator() -> Iterator { Iterator(base: base) }

        /// Iterates over pages.
        public struct Iterator: AsyncIteratorProtocol {
            let base: PageSequence
            var nextPage: Int? = 1
            var fetched = 0
            var previousItems: Data?

            /// The next page, or `nil` at the end.
            /// - Throws: ``DiscogsError``.
            public mutating func next() async throws -> Page<Item>? {
                guard let number = nextPage else { return nil }
                if let maxPages = base.maxPages, fetched >= maxPages { return nil }
                let request = try PageRequest(page: number, perPage: base.perPage).validated()
                let page: Page<Item>
                do {
                    page = try await base.client.decode(Page<Item>.self, from: base.endpoint.withPage(request))
                } catch DiscogsError.notFound where number > 1 {
                    nextPage = nil
                    return nil
                }
                fetched += 1
                let encoded = try? JSONEncoder().encode(page.items)
                if page.items.isEmpty || (encoded != nil && encoded == previousItems) {
                    // An empty page, or one that repeats the page before: the walk is over.
                    nextPage = nil
                    return nil
                }
                previousItems = encoded
                nextPage = Self.pageAfter(page.pagination, current: number)
                return page
            }

            /// The page to fetch after `pagination`, read from `urls.next` when present, or `nil`.
            static func pageAfter(_ pagination: Pagination, current: Int) -> Int? {
                guard pagination.hasNext else { return nil }
                var candidate = current + 1
                if let next = pagination.urls.next, let components = URLComponents(string: next),
                   let value = components.queryItems?.first(where: { $0.name == "page" })?.value,
                   let number = Int(value) {
                    candidate = number
                }
                return candidate > current ? candidate : nil
            }
        }
    }
}
