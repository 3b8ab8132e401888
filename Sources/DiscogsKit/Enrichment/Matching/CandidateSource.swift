/// Where ``TrackMatcher`` finds candidate releases and reads them: the Discogs API
/// (``APICandidateSource``), or a local index built from the monthly dumps (`DumpIndex` in
/// DiscogsKitDumps). The cascade of searches, the ranking and the scoring are the matcher's and
/// the same for every source; a source only answers the searches and hands over releases.
///
/// ```swift
/// let matcher = TrackMatcher(source: APICandidateSource(client: client))
/// ```
public protocol CandidateSource: Sendable {
    /// The releases one search of the cascade finds, at most `limit`, in the source's order of
    /// relevance. `target` is the target the search is for, prepared (folded names and titles):
    /// a local source looks its keys up from it rather than parsing the query's text.
    /// - Returns: The results; none when nothing is found ("not found" is not an error).
    /// - Throws: ``DiscogsError`` when the source cannot answer.
    func search(_ query: SearchQuery, for target: MatchScorer.PreparedTarget, limit: Int) async throws -> [SearchResult]

    /// Reads the releases `ids`, at most `concurrency` at once, through `cache`: one result per
    /// id, a missing release as ``DiscogsError/notFound(_:)``.
    func releases(_ ids: [Int], concurrency: Int, cache: ReleaseCache) async -> [Int: Result<Release, any Error>]

    /// The release to make items of once `release` is matched: `release` itself, or a fuller
    /// copy (a dump index with `--then-api` reads the API's, with community data and images).
    func matched(_ release: Release, cache: ReleaseCache) async throws -> Release

    /// The client the matcher may ask for an artist's releases to confirm compilations, or
    /// `nil` for a source that makes no request.
    var client: DiscogsClient? { get }
}

extension CandidateSource {
    /// The release as found.
    public func matched(_ release: Release, cache: ReleaseCache) async throws -> Release { release }
}

/// Candidates from the Discogs API: a search request per search, a release request per release
/// not cached — paced, retried and counted by the client as every request is.
public struct APICandidateSource: CandidateSource {
    /// The client that searches and fetches.
    public let client: DiscogsClient?
    private let api: DiscogsClient

    /// A source asking `client`.
    public init(client: DiscogsClient) {
        self.client = client
        api = client
    }

    /// The first page of the search; "not found" is no results.
    public func search(_ query: SearchQuery, for target: MatchScorer.PreparedTarget, limit: Int) async throws -> [SearchResult] {
        do {
            return try await api.search(query, page: PageRequest(page: 1, perPage: limit)).items
        } catch DiscogsError.notFound {
            return []
        }
    }

    /// The releases, fetched `concurrency` at a time unless cached.
    public func releases(_ ids: [Int], concurrency: Int, cache: ReleaseCache) async -> [Int: Result<Release, any Error>] {
        var byID: [Int: Result<Release, any Error>] = [:]
        let api = api
        for await outcome in api.fetchEach(ids, concurrency: concurrency, { id in
            try await cache.release(id) { try await api.release($0) }
        }) {
            byID[outcome.id] = outcome.result
        }
        return byID
    }
}
