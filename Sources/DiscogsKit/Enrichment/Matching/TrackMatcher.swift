/// Finds a target's release and track on Discogs with as few requests as it can: usually one
/// search and one release fetch, never more than ``Options/maxReleaseFetches`` release fetches
/// of its own.
///
/// ### The cascade
/// Searches run in this order until one finds something: the catalogue number (with the label)
/// when the target has one; the artist and the title with its version; the artist and the base
/// title; the first artist alone and the base title; a free-text query. The results are ranked
/// by ``CandidateRanker`` and the best fetched and scored track by track with ``MatchScorer``.
/// A track scoring ``Options/certainConfidence`` or more ends the search at once.
///
/// ### Windows of targets
/// ``match(_:concurrency:finished:)`` matches a window of targets together in rounds: each
/// round every unfinished target searches if it needs to and names the next release it wants;
/// the named releases are fetched once each; and each target then also examines, free of its
/// budget, every release fetched for another target of the window that is among its own
/// candidates. Targets by the same artist, or on the same compilation, share their fetches.
///
/// ### Compilations
/// A search matches words anywhere in a release, so a compilation whose track artists happen to
/// contain the target's words looks like a candidate. When the next candidates are not the
/// target artist's own releases and there are more of them than fetches left, the matcher first
/// confirms which of them really carry the artist (``ArtistDirectory``: one page of the artist's
/// releases, cached for the run) and fetches those first; see ``Options/ArtistConfirmation``.
///
/// ### Determinism
/// What is examined depends only on Discogs' answers and the window's targets, never on timing
/// or on what is cached: a release fetched in an earlier window (``ReleaseCache``) costs no
/// request but counts against the budget like a fetched one, so a run matches the same however
/// it is interrupted and resumed (the job always redoes whole windows).
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
        /// Candidate releases a target fetches at most (cached ones cost no request but count;
        /// releases fetched for other targets of its window do not count). Default 2.
        public var maxReleaseFetches: Int = 2
        /// Matches below this confidence are reported as unmatched. Default 0.6.
        public var minimumConfidence: Double = 0.6
        /// A match at or above this confidence stops the search. Default 0.95.
        public var certainConfidence: Double = 0.95
        /// Results asked for per search. Default 100 (the most Discogs gives).
        public var searchResultsPerPage: Int = 100
        /// How far apart durations may be and still agree, in milliseconds. Default 10,000.
        public var durationToleranceMilliseconds: Int = 10_000
        /// When to confirm that compilations carry the target's artist before fetching them.
        /// Default ``ArtistConfirmation/whenArtistKnown``.
        public var artistConfirmation: ArtistConfirmation = .whenArtistKnown

        /// When the matcher reads the artist's list of releases to find which of the candidate
        /// compilations carry the artist. It does so only when the next candidates do not name
        /// the artist themselves and outnumber the fetches left.
        public enum ArtistConfirmation: String, Sendable, Hashable, CaseIterable {
            /// Never: compilations are fetched in the ranking's order.
            case never
            /// When a release examined for the target already credits the artist, which gives
            /// its Discogs id: one request (none when the list is cached).
            case whenArtistKnown
            /// Always, searching for the artist by name when its id is not known yet: up to two
            /// requests more per target (fewer when cached).
            case always
        }

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

    /// Where candidates come from: the API, or a local dump index.
    public let source: any CandidateSource
    /// The client that confirms artists (the source's; `nil` for a source that makes no request).
    public var client: DiscogsClient? { source.client }
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
        self.init(source: APICandidateSource(client: client), options: options, cache: cache, artists: artists)
    }

    /// Creates a matcher over any candidate source (a local dump index answers every search and
    /// release with no request).
    public init(source: any CandidateSource, options: Options = Options(), cache: ReleaseCache = ReleaseCache(),
                artists: ArtistDirectory = ArtistDirectory()) {
        self.source = source
        self.options = options
        self.cache = cache
        self.artists = artists
    }

    /// Matches one target (a window of one; see ``match(_:concurrency:finished:)``).
    /// - Throws: ``DiscogsError`` when a request fails for a reason other than "not found"
    ///   (network, server, authentication, rate limit after retries), or `CancellationError`.
    public func match(_ target: EnrichmentTarget) async throws -> Outcome {
        guard let result = try await match([target]).first else { throw CancellationError() }
        return try result.get()
    }
}
