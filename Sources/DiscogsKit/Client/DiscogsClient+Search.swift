/// Database search.
extension DiscogsClient {
    /// Searches the database (one page). Needs credentials.
    /// - Parameters:
    ///   - query: the search parameters.
    ///   - page: which page, 100 results per page by default.
    /// - Returns: the page of results.
    /// - Throws: ``DiscogsError/authenticationRequired(_:)`` without credentials,
    ///   ``DiscogsError/invalidRequest(_:)`` for an empty query or a bad page request, or another
    ///   ``DiscogsError``.
    ///
    /// ```swift
    /// let page = try await client.search(SearchQuery(artist: "Amelie Lens", track: "Feel It"))
    /// page.items.first?.title // "Amelie Lens - Feel It"
    /// ```
    public func search(_ query: SearchQuery, page: PageRequest = PageRequest()) async throws -> Page<SearchResult> {
        guard !query.isEmpty else {
            throw DiscogsError.invalidRequest("the search has no parameters; give a query or a field such as artist.")
        }
        return try await decode(Page<SearchResult>.self, from: .search(query, page: page.validated()))
    }

    /// Walks every page of a search, lazily. Needs credentials.
    public func searchAll(_ query: SearchQuery, perPage: Int = PageRequest.maximumPerPage, maxPages: Int? = nil,
                          maxItems: Int? = nil) -> PageSequence<SearchResult> {
        PageSequence(client: self, endpoint: .search(query), perPage: perPage, maxPages: maxPages, maxItems: maxItems)
    }
}
