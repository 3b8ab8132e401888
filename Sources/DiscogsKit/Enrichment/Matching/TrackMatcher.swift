/// Finds a target's release and track on Discogs with as few requests as it can: usually one
/// search and one release fetch, never more than ``Options/maxReleaseFetches`` release fetches.
///
/// ### The cascade
/// Searches run in this order until one finds something: the catalogue number (with the label)
/// when the target has one; the artist and the title with its version; the artist and the base
/// title; the first artist alone and the base title; a free-text query. The results are ranked
/// by ``CandidateRanker`` and the best fetched and scored track by track with ``MatchScorer``.
/// A track scoring ``Options/certainConfidence`` or more ends the search at once.
///
/// ### Compilations
/// A search matches words anywhere in a release, so a compilation whose track artists happen to
/// contain the target's words looks like a candidate. When the best candidates are not the
/// target artist's own releases and there are more of them than fetches left, the matcher first
/// confirms which of them really carry the artist (``ArtistDirectory``: one artist search and
/// one page of the artist's releases, both cached for the run) and fetches those first.
///
/// ### Determinism
/// What is examined depends only on Discogs' answers, never on what is cached: a release fetched
/// earlier in the run (``ReleaseCache``) costs no request but counts against the budget like a
/// fetched one, so a resumed run matches exactly as an uninterrupted one.
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
        /// Candidate releases examined per target at most (cached ones cost no request but
        /// count). Default 2.
        public var maxReleaseFetches: Int = 2
        /// Matches below this confidence are reported as unmatched. Default 0.6.
        public var minimumConfidence: Double = 0.6
        /// A match at or above this confidence stops the search. Default 0.95.
        public var certainConfidence: Double = 0.95
        /// Results asked for per search. Default 100 (the most Discogs gives).
        public var searchResultsPerPage: Int = 100
        /// How far apart durations may be and still agree, in milliseconds. Default 10,000.
        public var durationToleranceMilliseconds: Int = 10_000
        /// Whether to confirm a compilation carries the target's artist before fetching it when
        /// the candidates outnumber the fetches left. Default `true`.
        public var confirmsArtists: Bool = true

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
    /// Artists looked up in this run.
    public let artists: ArtistDirectory

    /// Creates a matcher; share one `cache` and one `artists` directory across the run so that
    /// nothing is fetched twice.
    public init(client: DiscogsClient, options: Options = Options(), cache: ReleaseCache = ReleaseCache(),
                artists: ArtistDirectory = ArtistDirectory()) {
        self.client = client
        self.options = options
        self.cache = cache
        self.artists = artists
    }

    /// Matches one target.
    /// - Throws: ``DiscogsError`` when a request fails for a reason other than "not found"
    ///   (network, server, authentication, rate limit after retries).
    public func match(_ target: EnrichmentTarget) async throws -> Outcome {
        let prepared = MatchScorer.PreparedTarget(target)
        guard !prepared.baseTitle.isEmpty, !prepared.artistNames.isEmpty else {
            return .unmatched("the target has no usable artist or title")
        }
        var run = Attempt(prepared: prepared, scorer: MatchScorer(durationToleranceMilliseconds: options.durationToleranceMilliseconds))
        for step in searchSteps(prepared) where run.examined < options.maxReleaseFetches {
            let results = try await search(step.query)
            run.tried.append("\(step.name) (\(results.count) results)")
            let candidates = CandidateRanker.rank(results, for: prepared)
                .filter { !run.examinedIDs.contains($0.releaseID) && !run.ruledOut.contains($0.releaseID) }
            guard !candidates.isEmpty else { continue }
            run.step = step.name
            try await examine(candidates, run: &run)
            if let best = run.best, best.confidence >= options.minimumConfidence { break }
        }
        if var best = run.best, best.confidence >= options.minimumConfidence {
            best.reasons.insert("examined \(run.examined) candidate release" + (run.examined == 1 ? "" : "s"), at: 2)
            return .matched(best)
        }
        if let best = run.best {
            return .unmatched("best candidate (release \(best.release.id), “\(best.track.track.title)”) scored "
                + MatchScorer.format(best.confidence) + ", below " + MatchScorer.format(options.minimumConfidence) + ": "
                + best.reasons.joined(separator: "; "))
        }
        return .unmatched("no candidate found: " + run.tried.joined(separator: ", "))
    }

    /// What one target's search has found so far.
    struct Attempt {
        let prepared: MatchScorer.PreparedTarget
        let scorer: MatchScorer
        var best: Match?
        var examined = 0
        var examinedIDs = Set<Int>()
        /// Releases the artist's complete list showed not to carry the artist.
        var ruledOut = Set<Int>()
        var tried: [String] = []
        var step = ""
        var confirmed = false
    }

    /// Examines `candidates` in order within the budget, confirming the artist first when that
    /// decides which ones get fetched. Stops at a certain match.
    func examine(_ ranked: [CandidateRanker.Candidate], run: inout Attempt) async throws {
        var candidates = ranked
        var knownIDs: [Int] = []
        while run.examined < options.maxReleaseFetches, !candidates.isEmpty {
            if needsConfirmation(candidates, run: run) {
                candidates = try await confirm(candidates, artistIDs: knownIDs, run: &run)
                if candidates.isEmpty { break }
            }
            let candidate = candidates.removeFirst()
            // A release that names none of the target's artists is worth a fetch only when
            // nothing better was found.
            if candidate.tier == 0, run.examined > 0 { continue }
            run.examined += 1
            run.examinedIDs.insert(candidate.releaseID)
            let release: Release
            do {
                release = try await cache.release(candidate.releaseID) { [client] in try await client.release($0) }
            } catch DiscogsError.notFound {
                run.tried.append("release \(candidate.releaseID) not found")
                continue
            }
            knownIDs = Self.artistIDs(named: run.prepared.artistNames[0], in: release)
            if let match = bestTrack(run.prepared, in: release, scorer: run.scorer, run: run),
               match.confidence > (run.best?.confidence ?? -1) {
                run.best = match
            }
            if let best = run.best, best.confidence >= options.certainConfidence { return }
        }
    }

    /// Whether the artist should be confirmed before the next fetch: the candidates outnumber
    /// the fetches left and the next one does not name the target's artists in its title.
    func needsConfirmation(_ candidates: [CandidateRanker.Candidate], run: Attempt) -> Bool {
        options.confirmsArtists && !run.confirmed && candidates[0].tier < 2
            && candidates.count > options.maxReleaseFetches - run.examined
    }

    /// The candidates that carry the target's first artist (by `artistIDs`, or the ids an artist
    /// search finds), in their order; the others follow only when an artist's list was too long
    /// to read whole (or no artist of that name was found), since they might still carry it.
    func confirm(_ candidates: [CandidateRanker.Candidate], artistIDs known: [Int],
                 run: inout Attempt) async throws -> [CandidateRanker.Candidate] {
        run.confirmed = true
        var ids = known
        if ids.isEmpty { ids = try await artists.artistIDs(named: run.prepared.artistNames[0], client: client) }
        var appearances = ArtistDirectory.Appearances()
        appearances.isComplete = !ids.isEmpty
        for id in ids.prefix(4) {
            let found = try await artists.appearances(of: id, client: client)
            appearances.releaseIDs.formUnion(found.releaseIDs)
            appearances.masterIDs.formUnion(found.masterIDs)
            appearances.isComplete = appearances.isComplete && found.isComplete
        }
        let carries = candidates.filter { $0.tier >= 2 || appearances.contains(release: $0.releaseID, master: $0.masterID) }
        run.tried.append("artist confirmed on \(carries.count) of \(candidates.count) candidates")
        // Complete lists rule the others out; a partial list only puts the confirmed ones first.
        let carried = Set(carries.map(\.releaseID))
        guard !appearances.isComplete else {
            run.ruledOut.formUnion(candidates.map(\.releaseID).filter { !carried.contains($0) })
            return carries
        }
        return carries + candidates.filter { !carried.contains($0.releaseID) }
    }

    /// The ids of the credits of `release` (main, track and credited artists) called `name`.
    static func artistIDs(named name: String, in release: Release) -> [Int] {
        var credits = release.artists + release.extraArtists
        for track in release.tracklist {
            credits += track.artists + track.extraArtists
            for sub in track.subTracks { credits += sub.artists + sub.extraArtists }
        }
        var seen = Set<Int>()
        return credits.filter { TextNormalizer.normalizeName($0.name) == name }.compactMap(\.id)
            .filter { seen.insert($0).inserted }
    }

    /// The best-scoring track of `release`, the earliest on a tie.
    func bestTrack(_ target: MatchScorer.PreparedTarget, in release: Release, scorer: MatchScorer,
                   run: Attempt) -> Match? {
        var best: Match?
        for entry in PlayableTrack.flatten(release) {
            let score = scorer.score(target, track: entry, in: release)
            if score.confidence > (best?.confidence ?? -1) {
                var reasons = ["release \(release.id) track \(entry.track.position ?? "?")", "found by \(run.step) search"]
                if run.confirmed { reasons.append("artist confirmed on the release list") }
                best = Match(target: target.target, release: release, track: entry, confidence: score.confidence,
                             reasons: reasons + score.reasons)
            }
        }
        return best
    }
}
