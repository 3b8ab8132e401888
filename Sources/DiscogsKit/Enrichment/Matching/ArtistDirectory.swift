/// Which releases an artist appears on, looked up once per run: the artists a name stands for
/// (an artist search) and the releases and masters each one appears on (the first page, up to
/// 100, of the artist's releases). The matcher uses it to confirm a compilation really carries
/// the target's artist before spending a release fetch on it.
///
/// Lookups are cached for the run (at most ``capacity`` entries of each kind, oldest dropped
/// first) and concurrent lookups of the same key share one request, cancelled when every caller
/// waiting for it is.
///
/// ```swift
/// let directory = ArtistDirectory()
/// let ids = try await directory.artistIDs(named: "amelie lens", client: client)
/// let appearances = try await directory.appearances(of: ids[0], client: client)
/// appearances.contains(release: 249504, master: nil)
/// ```
public actor ArtistDirectory {
    /// The releases and masters an artist appears on.
    public struct Appearances: Sendable, Hashable {
        /// Release ids.
        public var releaseIDs: Set<Int> = []
        /// Master ids (Discogs lists a master once for all its versions).
        public var masterIDs: Set<Int> = []
        /// Whether these are all of them (the artist's list fit on the one page read).
        public var isComplete = true

        /// Whether `release` (or its `master`) is among them.
        public func contains(release: Int, master: Int?) -> Bool {
            releaseIDs.contains(release) || master.map(masterIDs.contains) == true
        }
    }

    /// Entries of each kind kept at most.
    public let capacity: Int
    private var names: [String: [Int]] = [:]
    private var nameOrder: [String] = []
    private var artists: [Int: Appearances] = [:]
    private var artistOrder: [Int] = []
    private let pendingNames = CoalescedLookups<String, [Int]>()
    private let pendingArtists = CoalescedLookups<Int, Appearances>()
    /// Lookups that went to Discogs (not answered from the cache).
    public private(set) var lookups = 0

    /// Creates an empty directory keeping up to `capacity` names and artists.
    public init(capacity: Int = 4096) {
        self.capacity = max(1, capacity)
    }

    /// The ids of the artists called `name` (normalised, Discogs' ` (2)` suffixes ignored), in
    /// the search's order; the search asks for `query` (default: `name`).
    /// - Throws: ``DiscogsError`` when the search fails for a reason other than "not found".
    public func artistIDs(named name: String, query: String? = nil, client: DiscogsClient) async throws -> [Int] {
        if let ids = names[name] { return ids }
        // The lookup records its answer itself: the caller that started it may be gone.
        let (ids, _) = try await pendingNames.value(for: name) {
            let ids: [Int]
            do {
                let page = try await client.search(SearchQuery(query ?? name, type: .artist), page: PageRequest(page: 1, perPage: 50))
                ids = page.items.filter { $0.type == nil || $0.type == .artist }
                    .filter { TextNormalizer.normalizeName($0.title) == name }.map(\.id)
            } catch DiscogsError.notFound {
                ids = []
            }
            await self.found(ids, named: name)
            return ids
        }
        return ids
    }

    private func found(_ ids: [Int], named name: String) {
        lookups += 1
        names[name] = ids
        nameOrder.append(name)
        if nameOrder.count > capacity { names[nameOrder.removeFirst()] = nil }
    }

    private func found(_ appearances: Appearances, of id: Int) {
        lookups += 1
        artists[id] = appearances
        artistOrder.append(id)
        if artistOrder.count > capacity { artists[artistOrder.removeFirst()] = nil }
    }

    /// The releases and masters artist `id` appears on (the first 100 of them).
    /// - Throws: ``DiscogsError`` when the request fails for a reason other than "not found".
    public func appearances(of id: Int, client: DiscogsClient) async throws -> Appearances {
        if let known = artists[id] { return known }
        let (appearances, _) = try await pendingArtists.value(for: id) {
            let page: Page<ArtistRelease>
            do {
                page = try await client.artistReleases(id, page: PageRequest(page: 1, perPage: PageRequest.maximumPerPage))
            } catch DiscogsError.notFound {
                var unknown = Appearances()
                unknown.isComplete = false // nothing is known, so nothing is ruled out
                await self.found(unknown, of: id)
                return unknown
            }
            var appearances = Appearances()
            appearances.isComplete = page.pagination.pages <= 1
            for item in page.items {
                if item.type == .master {
                    appearances.masterIDs.insert(item.id)
                    if let main = item.mainRelease { appearances.releaseIDs.insert(main) }
                } else {
                    appearances.releaseIDs.insert(item.id)
                }
            }
            await self.found(appearances, of: id)
            return appearances
        }
        return appearances
    }
}
