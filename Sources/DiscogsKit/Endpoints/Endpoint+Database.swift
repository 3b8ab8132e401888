/// The database endpoints, described as data.
extension Endpoint {
    /// `GET /releases/{id}` (with `curr_abbr` when a currency is given).
    public static func release(_ id: Int, currency: String? = nil) -> Endpoint {
        Endpoint(path: path("releases", id), query: currency.map { [QueryItem("curr_abbr", $0)] } ?? [])
    }

    /// `GET /releases/{id}/rating`: the community rating.
    public static func releaseCommunityRating(_ id: Int) -> Endpoint {
        Endpoint(path: path("releases", id, "rating"))
    }

    /// `GET /releases/{id}/rating/{username}`: one user's rating.
    public static func releaseRating(_ id: Int, username: String) -> Endpoint {
        Endpoint(path: path("releases", id, "rating", username))
    }

    /// `GET /releases/{id}/stats`.
    public static func releaseStats(_ id: Int) -> Endpoint {
        Endpoint(path: path("releases", id, "stats"))
    }

    /// `GET /masters/{id}`.
    public static func master(_ id: Int) -> Endpoint {
        Endpoint(path: path("masters", id))
    }

    /// `GET /masters/{id}/versions` with filters and a page.
    public static func masterVersions(_ id: Int, filter: MasterVersionFilter = MasterVersionFilter(),
                                      page: PageRequest = PageRequest()) -> Endpoint {
        Endpoint(path: path("masters", id, "versions"), query: page.queryItems + filter.queryItems)
    }

    /// `GET /artists/{id}`.
    public static func artist(_ id: Int) -> Endpoint {
        Endpoint(path: path("artists", id))
    }

    /// `GET /artists/{id}/releases`, sorted as asked.
    public static func artistReleases(_ id: Int, sort: ArtistReleaseSort? = nil, sortOrder: SortOrder? = nil,
                                      page: PageRequest = PageRequest()) -> Endpoint {
        var query = page.queryItems
        if let sort { query.append(QueryItem("sort", sort.rawValue)) }
        if let sortOrder { query.append(QueryItem("sort_order", sortOrder.rawValue)) }
        return Endpoint(path: path("artists", id, "releases"), query: query)
    }

    /// `GET /labels/{id}`.
    public static func label(_ id: Int) -> Endpoint {
        Endpoint(path: path("labels", id))
    }

    /// `GET /labels/{id}/releases`.
    public static func labelReleases(_ id: Int, page: PageRequest = PageRequest()) -> Endpoint {
        Endpoint(path: path("labels", id, "releases"), query: page.queryItems)
    }

    /// `GET /database/search`; needs credentials.
    public static func search(_ query: SearchQuery, page: PageRequest = PageRequest()) -> Endpoint {
        Endpoint(path: "/database/search", query: query.queryItems + page.queryItems, requiresAuthentication: true)
    }

    /// The same endpoint asking for another page (its `page` and `per_page` replaced).
    public func withPage(_ page: PageRequest) -> Endpoint {
        var copy = self
        copy.query.removeAll { $0.name == "page" || $0.name == "per_page" }
        copy.query.append(contentsOf: page.queryItems)
        return copy
    }
}
