/// Scores how well a release track fits a target, 0…1, with the reasons in words.
///
/// Weights: title 0.45, artist 0.30, version 0.15, duration 0.10 (redistributed over the others
/// when either duration is unknown); a matching label, catalogue number or year adds a little,
/// a contradicting one takes a little away.
public struct MatchScorer: Sendable {
    /// How far apart two durations may be and still agree. Default 10 seconds.
    public var durationTolerance: Int

    /// Creates a scorer.
    public init(durationToleranceMilliseconds: Int = 10_000) {
        self.durationTolerance = durationToleranceMilliseconds
    }

    /// A target prepared once for scoring many tracks.
    public struct PreparedTarget: Sendable {
        let target: EnrichmentTarget
        let baseTitle: String
        let titleTokens: Set<String>
        let version: String?
        let isRemix: Bool
        let artistNames: [String]
        let artistTokens: Set<String>

        /// Prepares `target`.
        public init(_ target: EnrichmentTarget) {
            self.target = target
            let parsed = TrackTitleParser.parse(target.title)
            baseTitle = TextNormalizer.normalize(parsed.baseTitle)
            titleTokens = Set(baseTitle.split(separator: " ").map(String.init))
            version = MatchScorer.versionKey(parsed)
            isRemix = parsed.isRemix
            artistNames = MatchScorer.artistNames(in: target.artist)
            artistTokens = Set(artistNames.flatMap { $0.split(separator: " ").map(String.init) })
        }
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
        var reasons: [String] = []
        let parsed = TrackTitleParser.parse(entry.track.title)
        let base = TextNormalizer.normalize(parsed.baseTitle)
        let title = Self.similarity(target.baseTitle, target.titleTokens, base)
        reasons.append(title == 1 ? "title matches" : String(format: "title similarity %.2f", title))

        let performers = entry.track.artists.isEmpty ? release.artists : entry.track.artists
        let artist = artistScore(target, performers: performers)
        reasons.append(artist == 1 ? "artist matches" : String(format: "artist similarity %.2f", artist))

        let trackVersion = Self.versionKey(parsed)
        let version: Double
        switch (target.version, trackVersion) {
        case (nil, nil):
            version = 1
        case (nil, .some(let v)):
            version = parsed.isRemix ? 0.3 : 0.9
            reasons.append("track has version “\(v)” the target does not name")
        case (.some(let v), nil):
            version = target.isRemix ? 0.2 : 0.8
            reasons.append("target names version “\(v)” the track does not")
        case (.some(let a), .some(let b)):
            version = a == b ? 1 : (Self.similarity(a, Set(a.split(separator: " ").map(String.init)), b) > 0.6 ? 0.7 : 0.1)
            reasons.append(a == b ? "version matches" : "version differs (“\(a)” vs “\(b)”)")
        }

        var weights: [(Double, Double)] = [(title, 0.45), (artist, 0.30), (version, 0.15)]
        if let wanted = target.target.durationMilliseconds,
           let actual = entry.track.duration.flatMap(DurationParser.milliseconds(from:)) {
            let gap = abs(wanted - actual)
            let duration: Double = gap <= durationTolerance ? 1 : (gap <= 2 * durationTolerance ? 0.5 : 0)
            weights.append((duration, 0.10))
            reasons.append("duration \(gap / 1000) s apart")
        }
        let total = weights.reduce(0) { $0 + $1.1 }
        var confidence = weights.reduce(0) { $0 + $1.0 * $1.1 } / total

        if let label = target.target.label, !label.isEmpty {
            let wanted = TextNormalizer.normalizeName(label)
            if release.labels.contains(where: { TextNormalizer.normalizeName($0.name) == wanted }) {
                confidence += 0.04
                reasons.append("label matches")
            } else {
                confidence -= 0.04
                reasons.append("label differs")
            }
        }
        if let catno = target.target.catno, !catno.isEmpty {
            let wanted = Self.compactCatno(catno)
            if release.labels.contains(where: { Self.compactCatno($0.catalogNumber ?? "") == wanted }) {
                confidence += 0.06
                reasons.append("catalogue number matches")
            } else {
                confidence -= 0.04
                reasons.append("catalogue number differs")
            }
        }
        if let year = target.target.year, let releaseYear = release.year, releaseYear > 0 {
            if year == releaseYear {
                confidence += 0.02
            } else if abs(year - releaseYear) > 1 {
                confidence -= 0.03
                reasons.append("year differs (\(releaseYear))")
            }
        }
        // A perfect title and artist with any doubt elsewhere never reads as certain.
        return Score(confidence: min(1, max(0, confidence)), reasons: reasons)
    }

    // MARK: - Parts

    func artistScore(_ target: PreparedTarget, performers: [ArtistCredit]) -> Double {
        guard !target.artistNames.isEmpty else { return 0 }
        var candidates: [String] = []
        for credit in performers {
            candidates.append(TextNormalizer.normalizeName(credit.name))
            if let anv = credit.anv, !anv.isEmpty { candidates.append(TextNormalizer.normalizeName(anv)) }
        }
        let display = Self.artistNames(in: ArtistCreditFormatter.displayString(for: performers))
        candidates.append(contentsOf: display)
        let found = target.artistNames.filter { name in candidates.contains(name) }
        if found.count == target.artistNames.count { return 1 }
        if !found.isEmpty { return 0.6 + 0.4 * Double(found.count) / Double(target.artistNames.count) }
        let tokens = Set(candidates.flatMap { $0.split(separator: " ").map(String.init) })
        let overlap = target.artistTokens.intersection(tokens).count
        return target.artistTokens.isEmpty ? 0 : 0.7 * Double(overlap) / Double(target.artistTokens.count)
    }

    /// The individual normalised artist names in a credit string: split at `&`, `and`, `,`,
    /// `feat`, `vs`, `with`, `x`-less (names keep their own words).
    public static func artistNames(in text: String) -> [String] {
        let normalized = TextNormalizer.normalizeName(text)
        var names: [String] = []
        var current: [Substring] = []
        for word in normalized.split(separator: " ") {
            if ["and", "feat", "vs", "with", "presents", "pres"].contains(word) {
                if !current.isEmpty { names.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { names.append(current.joined(separator: " ")) }
        return names
    }

    /// The normalised version descriptors of a title, or `nil` when it names none.
    static func versionKey(_ parsed: ParsedTitle) -> String? {
        guard !parsed.versions.isEmpty else { return nil }
        let key = parsed.versions.map(TextNormalizer.normalize).joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// 1 for equal titles, else the share of words in common (Dice coefficient).
    static func similarity(_ a: String, _ aTokens: Set<String>, _ b: String) -> Double {
        if a == b { return 1 }
        let bTokens = Set(b.split(separator: " ").map(String.init))
        guard !aTokens.isEmpty, !bTokens.isEmpty else { return 0 }
        return 2 * Double(aTokens.intersection(bTokens).count) / Double(aTokens.count + bTokens.count) * 0.9
    }

    /// A catalogue number without case, spaces and punctuation: `KNTXT 012` → `kntxt012`.
    static func compactCatno(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }
}
