/// The database: releases, masters, artists, labels and search.
extension DiscogsClient {
    /// Fetches a release.
    /// - Parameters:
    ///   - id: the release ID, e.g. `249504`.
    ///   - currency: the currency for `lowestPrice` (`curr_abbr`); default: the user's, or USD.
    /// - Returns: the release with its tracklist, credits, labels and formats.
    /// - Throws: ``DiscogsError/notFound(_:)`` when there is no such release; any other
    ///   ``DiscogsError`` for network, server and decoding failures.
    ///
    /// ```swift
    /// let release = try await client.release(249504)
    /// release.tracklist.map(\.title) // ["Never Gonna Give You Up", "Never Gonna Give You Up (Instrumental)"]
    /// ```
    public func release(_ id: Int, currency: Currency? = nil) async throws -> Release {
        try await decode(Release.self, from: .release(id, currency: currency?.rawValue))
    }

    /// Fetches a release's community rating (average and count).
    /// - Throws: ``DiscogsError/notFound(_:)`` or another ``DiscogsError``.
    public func releaseCommunityRating(_ id: Int) async throws -> ReleaseCommunityRating {
        try await decode(ReleaseCommunityRating.self, from: .releaseCommunityRating(id))
    }

    /// Fetches one user's rating of a release (0 when the user has not rated it).
    /// - Throws: ``DiscogsError/notFound(_:)`` or another ``DiscogsError``.
    public func releaseRating(_ id: Int, username: String) async throws -> UserReleaseRating {
        guard !username.isEmpty else { throw DiscogsError.invalidRequest("the username is empty.") }
        return try await decode(UserReleaseRating.self, from: .releaseRating(id, username: username))
    }

    /// Fetches a release's statistics. Discogs documents `num_have`/`num_want` but has been seen
    /// answering only `is_offensive`: every field is optional.
    /// - Throws: ``DiscogsError/notFound(_:)`` or another ``DiscogsError``.
    public func releaseStats(_ id: Int) async throws -> ReleaseStats {
        try await decode(ReleaseStats.self, from: .releaseStats(id))
    }

    /// Fetches a master release.
    /// - Throws: ``DiscogsError/notFound(_:)`` or another ``DiscogsError``.
    public func master(_ id: Int) async throws -> Master {
        try await decode(Master.self, from: .master(id))
    }

    /// Fetches one page of a master's versions.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` for a bad page request, or another ``DiscogsError``.
    public func masterVersions(_ id: Int, filter: MasterVersionFilter = MasterVersionFilter(),
                               page: PageRequest = PageRequest()) async throws -> Page<MasterVersion> {
        try await decode(Page<MasterVersion>.self, from: .masterVersions(id, filter: filter, page: page.validated()))
    }

    /// Walks every version of a master, lazily.
    public func allMasterVersions(_ id: Int, filter: MasterVersionFilter = MasterVersionFilter(),
                                  perPage: Int = PageRequest.maximumPerPage, maxPages: Int? = nil,
                                  maxItems: Int? = nil) -> PageSequence<MasterVersion> {
        PageSequence(client: self, endpoint: .masterVersions(id, filter: filter), perPage: perPage,
                     maxPages: maxPages, maxItems: maxItems)
    }

    /// Fetches an artist.
    /// - Throws: ``DiscogsError/notFound(_:)`` or another ``DiscogsError``.
    public func artist(_ id: Int) async throws -> Artist {
        try await decode(Artist.self, from: .artist(id))
    }

    /// Fetches one page of an artist's releases and masters.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` for a bad page request, or another ``DiscogsError``.
    public func artistReleases(_ id: Int, sort: ArtistReleaseSort? = nil, sortOrder: SortOrder? = nil,
                               page: PageRequest = PageRequest()) async throws -> Page<ArtistRelease> {
        try await decode(Page<ArtistRelease>.self,
                         from: .artistReleases(id, sort: sort, sortOrder: sortOrder, page: page.validated()))
    }

    /// Walks every release and master of an artist, lazily.
    public func allArtistReleases(_ id: Int, sort: ArtistReleaseSort? = nil, sortOrder: SortOrder? = nil,
                                  perPage: Int = PageRequest.maximumPerPage, maxPages: Int? = nil,
                                  maxItems: Int? = nil) -> PageSequence<ArtistRelease> {
        PageSequence(client: self, endpoint: .artistReleases(id, sort: sort, sortOrder: sortOrder),
                     perPage: perPage, maxPages: maxPages, maxItems: maxItems)
    }

    /// Fetches a label.
    /// - Throws: ``DiscogsError/notFound(_:)`` or another ``DiscogsError``.
    public func label(_ id: Int) async throws -> Label {
        try await decode(Label.self, from: .label(id))
    }

    /// Fetches one page of a label's releases.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` for a bad page request, or another ``DiscogsError``.
    public func labelReleases(_ id: Int, page: PageRequest = PageRequest()) async throws -> Page<LabelRelease> {
        try await decode(Page<LabelRelease>.self, from: .labelReleases(id, page: page.validated()))
    }

    /// Walks every release of a label, lazily.
    public func allLabelReleases(_ id: Int, perPage: Int = PageRequest.maximumPerPage, maxPages: Int? = nil,
                                 maxItems: Int? = nil) -> PageSequence<LabelRelease> {
        PageSequence(client: self, endpoint: .labelReleases(id), perPage: perPage, maxPages: maxPages,
                     maxItems: maxItems)
    }
}
