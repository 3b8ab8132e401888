import DiscogsKit
import Foundation

/// A local match index built from the monthly releases dumps (``DumpIndexBuilder``, or
/// `discogs dump index DIR FILES…`): memory-mapped files answering the matcher's searches and
/// release reads with no request and no server.
///
/// As a ``CandidateSource`` it feeds the same ``TrackMatcher`` cascade, ranking and scoring as
/// the API: `TrackMatcher(source: index, options: DumpIndex.matcherOptions)`.
///
/// ### Files
/// - `index.json`: the manifest (format, counts, sources);
/// - `releases.dat`: each release as `[length][JSON][length][search-result JSON]`;
/// - `ids.pairs`: release id → offset in `releases.dat`, sorted;
/// - `keys.pairs`: lookup key hash → release id, sorted (``IndexKeys``).
public struct DumpIndex: CandidateSource {
    static let manifestFile = "index.json"
    static let recordsFile = "releases.dat"
    static let idsFile = "ids.pairs"
    static let keysFile = "keys.pairs"

    /// The manifest of the build.
    public let summary: DumpIndexBuilder.Summary
    private let records: Data
    private let ids: PairFile
    private let keys: PairFile
    /// The client used for a matched release's fuller API copy (`--then-api`), or `nil`: no request at all.
    public let client: DiscogsClient?
    /// Whether matched releases are read again from the API (``client`` must be set).
    public let thenAPI: Bool

    /// Options for matching from an index: reading a release costs nothing, so more candidates
    /// are examined than the API path's two fetches, and no artist list is confirmed.
    public static var matcherOptions: TrackMatcher.Options {
        var options = TrackMatcher.Options()
        options.maxReleaseFetches = 25
        options.artistConfirmation = .never
        return options
    }

    /// Opens the index in `folder`; with `thenAPI`, matched releases are read again through
    /// `client` for what the dump lacks (community data, prices, images).
    /// - Throws: ``DumpError`` naming the folder or file that is missing, damaged or of another format.
    public init(folder: String, thenAPI client: DiscogsClient? = nil) throws(DumpError) {
        let url = URL(fileURLWithPath: folder)
        let manifest = url.appendingPathComponent(Self.manifestFile)
        guard let data = try? Data(contentsOf: manifest) else {
            throw DumpError(.unreadable, "\(folder) is not a dump index: \(Self.manifestFile) is missing (build one with `discogs dump index \(folder) FILES…`)")
        }
        guard let summary = try? JSONDecoder().decode(DumpIndexBuilder.Summary.self, from: data) else {
            throw DumpError(.unreadable, "\(manifest.path) is damaged: it is not an index manifest")
        }
        guard summary.format == DumpIndexBuilder.formatVersion else {
            throw DumpError(.unreadable, "\(folder) holds an index of format \(summary.format); this DiscogsKit reads format \(DumpIndexBuilder.formatVersion): build it again")
        }
        self.summary = summary
        do {
            records = try Data(contentsOf: url.appendingPathComponent(Self.recordsFile), options: .alwaysMapped)
        } catch {
            throw DumpError(.unreadable, "cannot read \(url.appendingPathComponent(Self.recordsFile).path): \(error.localizedDescription)")
        }
        ids = try PairFile(path: url.appendingPathComponent(Self.idsFile).path)
        keys = try PairFile(path: url.appendingPathComponent(Self.keysFile).path)
        guard ids.count == summary.releases, keys.count == summary.keys else {
            throw DumpError(.unreadable, "\(folder) is damaged: its files hold \(ids.count) releases and \(keys.count) keys, its manifest \(summary.releases) and \(summary.keys)")
        }
        self.client = client
        thenAPI = client != nil
    }

    /// The release `id`, or `nil` when the index does not hold it.
    /// - Throws: ``DumpError`` when its record is damaged.
    public func release(_ id: Int) throws -> Release? {
        guard let (json, _) = try record(id) else { return nil }
        do {
            return try JSONDecoder().decode(Release.self, from: json)
        } catch {
            throw DumpError(.badValue, "the index's record of release \(id) does not decode: \(error)", recordID: id)
        }
    }

    private func record(_ id: Int) throws(DumpError) -> (Data, Data)? {
        // The last copy wins when a release was added twice.
        guard id > 0, let offset = ids.values(for: UInt64(id)).last.map(Int.init) else { return nil }
        func part(at start: Int) throws(DumpError) -> (Data, Int) {
            guard start + 4 <= records.count else { throw DumpError(.unreadable, "the index's record of release \(id) is cut", recordID: id) }
            let length = Int(records.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: UInt32.self)) })
            guard start + 4 + length <= records.count else { throw DumpError(.unreadable, "the index's record of release \(id) is cut", recordID: id) }
            return (records.subdata(in: (start + 4)..<(start + 4 + length)), start + 4 + length)
        }
        let (json, next) = try part(at: offset)
        let (summary, _) = try part(at: next)
        return (json, summary)
    }

    /// The search-result summary of a release, as the ranking reads API search results.
    static func summary(of release: Release) -> SearchResult {
        SearchResult(id: release.id, type: .release,
                     title: ArtistCreditFormatter.displayString(for: release.artists) + " - " + release.title,
                     year: release.year ?? PartialDateParser.parse(release.released ?? "")?.year,
                     country: release.country,
                     format: release.formats.compactMap { $0.name?.rawValue } + release.formats.flatMap(\.descriptions),
                     formats: release.formats, label: release.labels.map(\.name),
                     catalogNumber: CatalogNumber.primary(of: release.labels), genre: release.genres, style: release.styles,
                     masterID: release.masterID)
    }

    // MARK: - CandidateSource

    /// The releases the index holds under the search's keys, those under more of its keys first.
    public func search(_ query: SearchQuery, for target: MatchScorer.PreparedTarget, limit: Int) async throws -> [SearchResult] {
        var hits: [Int: Int] = [:]
        var order: [Int] = []
        for key in IndexKeys.lookups(for: query, target: target) {
            for value in keys.values(for: key, limit: 10_000) {
                let id = Int(value)
                if hits[id] == nil { order.append(id) }
                hits[id, default: 0] += 1
            }
        }
        let ranked = order.enumerated().sorted { (hits[$0.element]!, -$0.offset) > (hits[$1.element]!, -$1.offset) }
        var results: [SearchResult] = []
        for (_, id) in ranked.prefix(limit) {
            guard let (_, summary) = try record(id) else { continue }
            if let result = try? JSONDecoder().decode(SearchResult.self, from: summary) { results.append(result) }
        }
        return results
    }

    /// The releases from the index; one it lacks is ``DiscogsError/notFound(_:)``.
    public func releases(_ ids: [Int], concurrency: Int, cache: ReleaseCache) async -> [Int: Result<Release, any Error>] {
        var out: [Int: Result<Release, any Error>] = [:]
        for id in ids {
            do {
                if let release = try release(id) {
                    out[id] = .success(release)
                } else {
                    out[id] = .failure(DiscogsError.notFound(HTTPFailure(
                        status: 404, message: "release \(id) is not in the dump index", request: "dump index release \(id)", attempts: 0)))
                }
            } catch {
                out[id] = .failure(error)
            }
        }
        return out
    }

    /// With `thenAPI`, the API's copy of the matched release (cached for the run); else the dump's.
    public func matched(_ release: Release, cache: ReleaseCache) async throws -> Release {
        guard thenAPI, let client else { return release }
        return try await cache.release(release.id) { try await client.release($0) }
    }
}
