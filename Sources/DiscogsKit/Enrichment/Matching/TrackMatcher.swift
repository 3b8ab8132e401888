import Foundation

/// Finds a target's release and track on Discogs with as few requests as it can: one search,
/// then at most two release fetches (releases fetched earlier in the run are free).
///
/// ### The cascade
/// 1. With a catalogue number: search releases by `catno` (and `label` when given).
/// 2. Search releases by `artist` and `track` (the base title, without its version).
/// 3. A free-text query of artist and title.
///
/// The first step that finds anything supplies the candidates; they are ranked by how well their
/// "Artist - Title" and label fit, the best fetched, and each playable track scored with
/// ``MatchScorer``. A candidate scoring at least ``Options/certainConfidence`` ends the search.
///
/// ```swift
/// let matcher = TrackMatcher(client: client)
/// switch try await matcher.match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It")) {
/// case .matched(let match): print(match.release.id, match.track.track.title, match.confidence)
/// case .unmatched(let reason): print(reason)
/// }
/// ```
public struct TrackMatcher: Sendable {
    /// How the matcher trades requests for certainty.
    public struct Options: Sendable, Hashable {
        /// Releases fetched per target at most (cached ones are free). Default 2.
        public var maxReleaseFetches: Int = 2
        /// Matches below this confidence are reported as unmatched. Default 0.6.
        public var minimumConfidence: Double = 0.6
        /// A match at or above this confidence stops the search. Default 0.9.
        public var certainConfidence: Double = 0.9
        /// Results asked for per search. Default 25.
        public var searchResultsPerPage: Int = 25
        /// How far apart durations may be and still agree, in milliseconds. Default 10,000.
        public var durationToleranceMilliseconds: Int = 10_000

        /// The defaults above.
        public init() {}
    }

    /// A found track.
    public struct Match: Sendable, Hashable {
        /// The target it answers.
        public var target: EnrichmentTarget
        /// The release the track is on.
        public var release: Release
        /// The track, with its context.
        public var track: PlayableTrack
        /// 0…1.
        public var confidence: Double
        /// Why, in words.
        public var reasons: [String]
    }

    /// The outcome for one target.
    public enum Outcome: Sendable, Hashable {
        /// Found with enough confidence.
        case matched(Match)
        /// Not found; the reason says what was tried.
        case unmatched(String)
    }

    /// The client that searches and fetches.
    public let client: DiscogsClient
    /// The options.
    public let options: Options
    /// Releases fetched in this run.
    public let cache: ReleaseCache

    /// Creates a matcher; share one `cache` across the run so no release is fetched twice.
    public init(client: DiscogsClient, options: Options = Options(), cache: ReleaseCache = ReleaseCache()) {
        self.client = client
        self.options = options
        self.cache = cache
    }

    /// Matches one target.
    /// - Throws: ``DiscogsError`` when a request fails for a reason other than "not found"
    ///   (network, server, authentication, rate limit after retries).
    public func match(_ target: EnrichmentTarget) async throws -> Outcome {
        let prepared = MatchScorer.PreparedTarget(target)
        guard !prepared.baseTitle.isEmpty, !prepared.artistNames.isEmpty else {
            return .unmatched("the target has no usable artist or title")
        }
        let scorer = MatchScorer(durationToleranceMilliseconds: options.durationToleranceMilliseconds)
        var best: Match?
        var fetched = 0
        var tried: [String] = []
        var examined = Set<Int>()
        for step in searchSteps(prepared) {
            let results = try await search(step.query)
            tried.append("\(step.name) (\(results.count) results)")
            let candidates = rank(results, prepared).filter { !examined.contains($0) }
            guard !candidates.isEmpty else { continue }
            // Cached releases cost nothing: look at them first, then fetch within the budget.
            var ordered: [Int] = []
            for id in candidates where await cache.contains(id) { ordered.append(id) }
            ordered += candidates.filter { !ordered.contains($0) }
            for id in ordered {
                let cached = await cache.contains(id)
                if !cached && fetched >= options.maxReleaseFetches { break }
                examined.insert(id)
                let release: Release
                do {
                    release = try await cache.release(id) { [client] in try await client.release($0) }
                } catch DiscogsError.notFound {
                    tried.append("release \(id) not found")
                    continue
                }
                if !cached { fetched += 1 }
                if let match = bestTrack(prepared, in: release, scorer: scorer),
                   match.confidence > (best?.confidence ?? -1) {
                    best = match
                }
                if let best, best.confidence >= options.certainConfidence { return .matched(best) }
            }
            if fetched >= options.maxReleaseFetches { break }
        }
        if let best, best.confidence >= options.minimumConfidence { return .matched(best) }
        if let best {
            return .unmatched("best candidate (release \(best.release.id), “\(best.track.track.title)”) scored "
                + String(format: "%.2f, below %.2f: ", best.confidence, options.minimumConfidence)
                + best.reasons.joined(separator: "; "))
        }
        return .unmatched("no candidate found: " + tried.joined(separator: ", "))
    }

    // MARK: - Steps

    struct Step {
        let name: String
        let query: SearchQuery
    }

    func searchSteps(_ target: MatchScorer.PreparedTarget) -> [Step] {
        var steps: [Step] = []
        let artist = target.artistNames.first ?? ""
        let title = target.baseTitle
        if let catno = target.target.catno?.trimmingCharacters(in: .whitespaces), !catno.isEmpty {
            steps.append(Step(name: "catalogue number", query: SearchQuery(type: .release, label: target.target.label, catno: catno)))
        }
        steps.append(Step(name: "artist and track", query: SearchQuery(type: .release, artist: artist, track: title)))
        steps.append(Step(name: "free text", query: SearchQuery("\(artist) \(title)", type: .release)))
        return steps
    }

    func search(_ query: SearchQuery) async throws -> [SearchResult] {
        do {
            return try await client.search(query, page: PageRequest(page: 1, perPage: options.searchResultsPerPage)).items
        } catch DiscogsError.notFound {
            return []
        }
    }

    /// Release IDs of `results`, best first.
    func rank(_ results: [SearchResult], _ target: MatchScorer.PreparedTarget) -> [Int] {
        let scored = results.enumerated().compactMap { index, result -> (Int, Double, Int)? in
            guard result.type == .release else { return nil }
            var score = 0.0
            let parts = result.title.components(separatedBy: " - ")
            let artistPart = parts.count > 1 ? parts[0] : ""
            let names = MatchScorer.artistNames(in: artistPart)
            if target.artistNames.contains(where: names.contains) { score += 1 }
            if let label = target.target.label, result.label.contains(where: {
                TextNormalizer.normalizeName($0) == TextNormalizer.normalizeName(label)
            }) { score += 0.5 }
            if let catno = target.target.catno,
               MatchScorer.compactCatno(result.catalogNumber ?? "") == MatchScorer.compactCatno(catno) { score += 0.5 }
            if let year = target.target.year, result.year == year { score += 0.2 }
            return (result.id, score, index)
        }
        var seen = Set<Int>()
        return scored.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0).filter { seen.insert($0).inserted }
    }

    func bestTrack(_ target: MatchScorer.PreparedTarget, in release: Release, scorer: MatchScorer) -> Match? {
        var best: Match?
        for entry in PlayableTrack.flatten(release) {
            let score = scorer.score(target, track: entry, in: release)
            if score.confidence > (best?.confidence ?? -1) {
                best = Match(target: target.target, release: release, track: entry, confidence: score.confidence,
                             reasons: ["release \(release.id) track \(entry.track.position ?? "?")"] + score.reasons)
            }
        }
        return best
    }
}
