/// The direction of a sorted list.
public enum SortOrder: String, Sendable, Hashable, CaseIterable {
    /// Ascending.
    case ascending = "asc"
    /// Descending.
    case descending = "desc"
}

/// How `/masters/{id}/versions` can be sorted.
public enum MasterVersionSort: String, Sendable, Hashable, CaseIterable {
    /// By release year.
    case released
    /// By title.
    case title
    /// By format.
    case format
    /// By label.
    case label
    /// By catalogue number.
    case catno
    /// By country.
    case country
}

/// How `/artists/{id}/releases` can be sorted.
public enum ArtistReleaseSort: String, Sendable, Hashable, CaseIterable {
    /// By year.
    case year
    /// By title.
    case title
    /// By format.
    case format
}

/// The filters of `/masters/{id}/versions`.
public struct MasterVersionFilter: Sendable, Hashable {
    /// A format, e.g. `Vinyl`.
    public var format: String?
    /// A label name.
    public var label: String?
    /// A release year, e.g. `1992`.
    public var released: String?
    /// A country, e.g. `UK`.
    public var country: String?
    /// The sort key.
    public var sort: MasterVersionSort?
    /// The sort direction.
    public var sortOrder: SortOrder?

    /// Creates a filter; every part is optional.
    public init(format: String? = nil, label: String? = nil, released: String? = nil, country: String? = nil,
                sort: MasterVersionSort? = nil, sortOrder: SortOrder? = nil) {
        self.format = format
        self.label = label
        self.released = released
        self.country = country
        self.sort = sort
        self.sortOrder = sortOrder
    }

    var queryItems: [Endpoint.QueryItem] {
        var items: [Endpoint.QueryItem] = []
        if let format { items.append(.init("format", format)) }
        if let label { items.append(.init("label", label)) }
        if let released { items.append(.init("released", released)) }
        if let country { items.append(.init("country", country)) }
        if let sort { items.append(.init("sort", sort.rawValue)) }
        if let sortOrder { items.append(.init("sort_order", sortOrder.rawValue)) }
        return items
    }
}

/// Which page of a paginated endpoint to fetch.
public struct PageRequest: Sendable, Hashable {
    /// The page number, 1-based. Default 1.
    public var page: Int
    /// Items per page, 1…100. Default 100 (Discogs' own default is 50).
    public var perPage: Int

    /// The largest page Discogs serves.
    public static let maximumPerPage = 100

    /// Creates a page request.
    public init(page: Int = 1, perPage: Int = PageRequest.maximumPerPage) {
        self.page = page
        self.perPage = perPage
    }

    /// Checks the numbers.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` when `page` is below 1 or `perPage` is
    ///   outside 1…100.
    public func validated() throws(DiscogsError) -> PageRequest {
        guard page >= 1 else { throw .invalidRequest("page must be 1 or more, not \(page).") }
        guard (1...PageRequest.maximumPerPage).contains(perPage) else {
            throw .invalidRequest("per_page must be from 1 to \(PageRequest.maximumPerPage), not \(perPage).")
        }
        return self
    }

    var queryItems: [Endpoint.QueryItem] {
        [.init("page", String(page)), .init("per_page", String(perPage))]
    }
}
