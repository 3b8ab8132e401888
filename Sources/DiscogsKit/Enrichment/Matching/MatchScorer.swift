/// Scores how well a release track fits a target, 0…1, with the reasons in words.
///
/// ### How
/// Four parts, each 0…1:
/// - **title**: 1 when the normalised base titles are equal, else 0.9 × the share of words in
///   common (Dice);
/// - **artist**: 1 when every name of the target credits the track (name or name variation), else
///   0.6 + 0.4 × the share found, or half the share of words in common when no name is;
/// - **version**: 1 when both name the same version (an "Original Mix" is no version); a version
///   the target does not name costs less than a remix it does not name; a remix the target names
///   is found through the track's Remix credits when the title omits it; two different versions
///   score 0.1;
/// - **duration** (only when the target has one): 1 within the tolerance, 0.5 within twice
///   that, 0 beyond it, 0.7 when the track has no duration.
///
/// The weighted mean (title 0.5, artist 0.3, version 0.2, duration 0.1) is then scaled down by
/// doubt: × (0.5 + 0.5 × artist) when the artist is not certain, × title when the title is not
/// exact, × 0.7 when the versions contradict. A label, catalogue number or year the
/// target gives moves the result a little (+0.04/−0.04, +0.06/−0.04, +0.02/−0.03).
///
/// So a track with the target's title by another artist scores about 0.35, a title sharing one
/// word of two about 0.5, the right track in another version 0.57–0.94, and the right track 1.
///
/// ```swift
/// let scorer = MatchScorer()
/// let score = scorer.score(MatchScorer.PreparedTarget(target), track: entry, in: release)
/// score.confidence // 1.0
/// score.reasons    // ["title matches", "artist matches", "version matches"]
/// ```
public struct MatchScorer: Sendable {
    /// How far apart two durations may be and still agree. Default 10 seconds.
    public var durationTolerance: Int

    /// Creates a scorer.
    public init(durationToleranceMilliseconds: Int = 10_000) {
        self.durationTolerance = durationToleranceMilliseconds
    }

    /// The score of one track of a release.
    public struct Score: Sendable, Hashable {
        /// 0…1.
        public var confidence: Double
        /// Why, in words.
        public var reasons: [String]
    }

    /// Scores `entry` of `release` against `target`.
    public func score(_ target: PreparedTarget, track entry: PlayableTrack, in release: Release) -> Score {
        score(target, track: entry, in: release, releaseArtistScore: nil)
    }

    /// ``score(_:track:in:)`` with the score of the release's own artists worked out already
    /// (`nil`: work it out): every track without artists of its own shares it, so a release is
    /// scored in one pass over its tracks, not one artist comparison per track.
    func score(_ target: PreparedTarget, track entry: PlayableTrack, in release: Release, releaseArtistScore: Double?) -> Score {
        var reasons: [String] = []
        let parsed = TrackTitleParser.parse(entry.track.title)
        let base = TextNormalizer.normalize(parsed.baseTitle)
        let title = base == target.baseTitle
            ? 1 : 0.9 * TextSimilarity.dice(target.titleTokens, Set(base.split(separator: " ").map(String.init)))
        reasons.append(title == 1 ? "title matches" : "title similarity " + Self.format(title))

        let performers = entry.track.artists.isEmpty ? release.artists : entry.track.artists
        let artist = entry.track.artists.isEmpty
            ? releaseArtistScore ?? artistScore(target, performers: performers)
            : artistScore(target, performers: performers)
        reasons.append(artist == 1 ? "artist matches" : "artist similarity " + Self.format(artist))

        let (version, contradiction) = versionScore(target, parsed: parsed, track: entry.track, reasons: &reasons)

        var weights: [(value: Double, weight: Double)] = [(title, 0.5), (artist, 0.3), (version, 0.2)]
        if let wanted = target.target.durationMilliseconds {
            if let actual = entry.track.duration.flatMap(DurationParser.milliseconds(from:)) {
                let gap = abs(wanted - actual)
                weights.append((gap <= durationTolerance ? 1 : (gap <= 2 * durationTolerance ? 0.5 : 0), 0.1))
                reasons.append("duration \(gap / 1000) s apart")
            } else {
                weights.append((0.7, 0.1))
                reasons.append("track has no duration")
            }
        }
        let total = weights.reduce(0) { $0 + $1.weight }
        var confidence = weights.reduce(0) { $0 + $1.value * $1.weight } / total
        if artist < 1 { confidence *= 0.5 + 0.5 * artist }
        if title < 1 { confidence *= title }
        if contradiction { confidence *= 0.7 }
        confidence += adjustments(target, release: release, reasons: &reasons)
        return Score(confidence: min(1, max(0, confidence)), reasons: reasons)
    }

    // MARK: - Parts

    /// The version part and whether the two versions contradict each other.
    func versionScore(_ target: PreparedTarget, parsed: ParsedTitle, track: Track,
                      reasons: inout [String]) -> (Double, Bool) {
        let trackVersion = Self.versionKey(parsed)
        switch (target.version, trackVersion) {
        case (nil, nil):
            return (1, false)
        case (nil, .some(let v)):
            reasons.append("track has version “\(v)” the target does not name")
            return (parsed.isRemix ? 0.4 : 0.7, false)
        case (.some(let v), nil):
            let remixers = track.extraArtists
                .filter { CreditRoles.split($0.role ?? "").contains(where: CreditRoles.isRemix) }
                .flatMap { [TextNormalizer.normalizeName($0.name), $0.anv.map(TextNormalizer.normalizeName) ?? ""] }
                .filter { !$0.isEmpty }
            if target.isRemix, remixers.contains(where: { v.contains($0) }) {
                reasons.append("target’s remix “\(v)” is credited on the track")
                return (0.9, false)
            }
            reasons.append("target names version “\(v)” the track does not")
            return (target.isRemix ? 0.2 : 0.6, false)
        case (.some(let a), .some(let b)):
            if a == b {
                reasons.append("version matches")
                return (1, false)
            }
            reasons.append("version differs (“\(a)” vs “\(b)”)")
            return TextSimilarity.dice(a, b) >= 0.6 ? (0.7, false) : (0.1, true)
        }
    }

    /// Label, catalogue number and year: small moves up or down.
    func adjustments(_ target: PreparedTarget, release: Release, reasons: inout [String]) -> Double {
        var delta = 0.0
        if let label = target.target.label, !label.isEmpty {
            let wanted = TextNormalizer.normalizeName(label)
            if release.labels.contains(where: { TextNormalizer.normalizeName($0.name) == wanted }) {
                delta += 0.04
                reasons.append("label matches")
            } else {
                delta -= 0.04
                reasons.append("label differs")
            }
        }
        if let catno = target.target.catno, !catno.isEmpty {
            let wanted = Self.compactCatno(catno)
            if release.labels.contains(where: { Self.compactCatno($0.catalogNumber ?? "") == wanted }) {
                delta += 0.06
                reasons.append("catalogue number matches")
            } else {
                delta -= 0.04
                reasons.append("catalogue number differs")
            }
        }
        if let year = target.target.year, let releaseYear = release.year, releaseYear > 0 {
            if year == releaseYear {
                delta += 0.02
                reasons.append("year matches")
            } else if abs(year - releaseYear) > 1 {
                delta -= 0.03
                reasons.append("year differs (\(releaseYear))")
            }
        }
        return delta
    }

    func artistScore(_ target: PreparedTarget, performers: [ArtistCredit]) -> Double {
        guard !target.artistNames.isEmpty else { return 0 }
        var candidates = Set(Self.artistNames(in: ArtistCreditFormatter.displayString(for: performers)))
        // Each name whole and split as the target's credit is split, so that a name such as
        // "Jump & Joy!" matches a target that names it, whichever spelling the display uses.
        for spelling in performers.flatMap({ [$0.name, $0.anv ?? ""] }) where !spelling.isEmpty {
            candidates.insert(TextNormalizer.normalizeName(spelling))
            candidates.formUnion(Self.artistNames(in: spelling))
        }
        let found = target.artistNames.filter(candidates.contains).count
        if found == target.artistNames.count { return 1 }
        if found > 0 { return 0.6 + 0.4 * Double(found) / Double(target.artistNames.count) }
        let tokens = Set(candidates.flatMap { $0.split(separator: " ").map(String.init) })
        return 0.5 * TextSimilarity.dice(target.artistTokens, tokens)
    }

    // MARK: - Names and keys

    /// Words that join artist names in a credit (after normalisation).
    static let joinWords: Set<String> = ["and", "feat", "vs", "versus", "with", "presents", "pres", "meets"]

    /// The individual normalised artist names in a credit string, split at commas, `&`, `and`,
    /// `feat.`, `vs.`, `with`, `presents`; Discogs' ` (2)` suffixes dropped and an inverted article
    /// (`Persuader, The`) put back in front; apostrophes dropped, or kept inside words with
    /// `keepingApostrophes` (for search words; see ``TextNormalizer/normalize(_:keepingApostrophes:)``).
    ///
    /// ```swift
    /// MatchScorer.artistNames(in: "Rødhåd (2) & Dax J, Persuader, The Feat. Nina") // ["rodhad", "dax j", "the persuader", "nina"]
    /// ```
    public static func artistNames(in text: String, keepingApostrophes: Bool = false) -> [String] {
        var names: [String] = []
        for piece in TextNormalizer.stripAllDisambiguations(text).split(separator: ",") {
            var words = TextNormalizer.normalize(String(piece), keepingApostrophes: keepingApostrophes)
                .split(separator: " ").map(String.init)
            if let first = words.first, ["the", "a", "an"].contains(first), let last = names.last,
               words.count == 1 || joinWords.contains(words[1]) {
                names[names.count - 1] = first + " " + last
                words.removeFirst()
            }
            var current: [String] = []
            for word in words + ["and"] {
                if joinWords.contains(word) {
                    if !current.isEmpty { names.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Versions that name the original recording itself.
    static let originalVersions: Set<String> = ["original mix", "original", "original version", "original club mix"]

    /// The normalised version descriptors of a title that make it differ from the original, or
    /// `nil` when it names none ("Original Mix" is none).
    static func versionKey(_ parsed: ParsedTitle) -> String? {
        let key = parsed.versions.map(TextNormalizer.normalize).filter { !originalVersions.contains($0) && !$0.isEmpty }
            .joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// A catalogue number without case, spaces and punctuation: `KNTXT 012` → `kntxt012`.
    public static func compactCatno(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    static func format(_ value: Double) -> String {
        let hundredths = min(99, max(0, Int((value * 100).rounded())))
        return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
    }
}
