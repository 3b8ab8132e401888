extension MatchScorer {
    /// A target prepared once for searching and for scoring many tracks: its title split into
    /// base and version, its artist credit split into names, all normalised.
    ///
    /// ```swift
    /// let prepared = MatchScorer.PreparedTarget(EnrichmentTarget(artist: "Rødhåd & Dax J", title: "Blind Faith (Original Mix)"))
    /// prepared.baseTitle    // "blind faith"
    /// prepared.version      // nil: an original mix is the track itself
    /// prepared.searchVersion // "original mix"
    /// prepared.artistNames  // ["rodhad", "dax j"]
    /// ```
    public struct PreparedTarget: Sendable {
        /// The target as given.
        public let target: EnrichmentTarget
        /// The normalised title without its version and featuring: `"blind faith"`.
        public let baseTitle: String
        /// The words of ``baseTitle``.
        let titleTokens: Set<String>
        /// The normalised version that makes this recording differ from the original (`"dax j
        /// remix"`, `"radio edit"`), or `nil` for none — an "Original Mix" counts as none.
        public let version: String?
        /// The normalised version words as written, "Original Mix" included, for searching.
        public let searchVersion: String?
        /// Whether the title names a remix, dub, rework or another artist's edit.
        public let isRemix: Bool
        /// The normalised individual artist names: `"A & B feat. C"` → `["a", "b", "c"]`.
        public let artistNames: [String]
        /// The words of every name.
        let artistTokens: Set<String>
        /// ``artistNames`` with apostrophes kept inside words, to search with (`"mc's"`).
        public let searchArtistNames: [String]
        /// ``baseTitle`` with apostrophes kept inside words, to search with (`"don't stop"`).
        let searchBaseTitle: String

        /// Prepares `target`.
        public init(_ target: EnrichmentTarget) {
            self.target = target
            let parsed = TrackTitleParser.parse(target.title)
            baseTitle = TextNormalizer.normalize(parsed.baseTitle)
            titleTokens = Set(baseTitle.split(separator: " ").map(String.init))
            version = MatchScorer.versionKey(parsed)
            let written = parsed.versions.map { TextNormalizer.normalize($0, keepingApostrophes: true) }.joined(separator: " ")
            searchVersion = written.isEmpty ? nil : written
            isRemix = parsed.isRemix
            artistNames = MatchScorer.artistNames(in: target.artist)
            artistTokens = Set(artistNames.flatMap { $0.split(separator: " ").map(String.init) })
            let searchNames = MatchScorer.artistNames(in: target.artist, keepingApostrophes: true)
            searchArtistNames = searchNames.count == artistNames.count ? searchNames : artistNames
            searchBaseTitle = TextNormalizer.normalize(parsed.baseTitle, keepingApostrophes: true)
        }

        /// The words to search the `artist` field with: every name, without join words, with
        /// apostrophes kept inside words (a search index splits `MC's` or keeps it, never reads
        /// it as `mcs`).
        public var searchArtist: String { searchArtistNames.joined(separator: " ") }

        /// The words to search the `track` field with: the base title (and the version when
        /// `withVersion`), without `and`, which indexes may write as `&`; apostrophes kept
        /// inside words.
        public func searchTrack(withVersion: Bool) -> String {
            var words = searchBaseTitle.split(separator: " ")
            if withVersion, let searchVersion { words += searchVersion.split(separator: " ") }
            return words.filter { $0 != "and" }.joined(separator: " ")
        }
    }
}
