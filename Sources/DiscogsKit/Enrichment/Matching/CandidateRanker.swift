/// Orders search results by how likely each release is to hold the target's track, from what a
/// search result shows: its "Artist - Title", label, catalogue number, year and formats.
///
/// ### Order
/// 1. How the result's artists fit the target's (``ArtistFit``): exactly the target's artists
///    first, then "Various" compilations (the target's artist may be one of their track
///    artists), then releases naming the target's artists among others, then releases sharing
///    some name, then the rest.
/// 2. Within one fit: the catalogue number (+3) and label (+2) the target gives, the release
///    title equal to the track's base title (+1, a single named after its track), the year
///    (+0.5), and the release's likely length (+0.3 for vinyl that is not an LP or album and for a
///    physical single or EP, +0.15 for any other non-compilation release, nothing for a
///    compilation).
/// 3. Ties keep the search's order.
///
/// A search matches words anywhere in a release, so a long release is more likely than a short
/// one to hold the target's words by chance without holding its track. A record's length is
/// bounded by its sides; a file release can be any length whatever its descriptions say, so a
/// file "EP" does not count as short.
///
/// ```swift
/// let ranked = CandidateRanker.rank(results, for: prepared)
/// ranked.first?.releaseID // the release to fetch first
/// ```
public enum CandidateRanker {
    /// How a search result's artists fit the target's, best first by ``rank``.
    public enum ArtistFit: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// No name of the target's.
        case none
        /// Some of the target's names, not all.
        case someNames
        /// All of the target's names and others too (a collaboration the target does not name).
        case allNamesAndOthers
        /// A "Various" compilation: the target's artist may be one of its track artists.
        case various
        /// Exactly the target's artists.
        case exact

        /// Whether the result names every one of the target's artists itself, so that it
        /// surely carries them.
        public var namesTheTarget: Bool { self == .exact || self == .allNamesAndOthers }

        /// Orders by ``rawValue``.
        public static func < (lhs: ArtistFit, rhs: ArtistFit) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One ranked search result.
    public struct Candidate: Sendable, Hashable {
        /// The release.
        public var releaseID: Int
        /// Its master, when the result names one.
        public var masterID: Int?
        /// How its artists fit the target's.
        public var fit: ArtistFit
        /// The ranking score (fit × 10 plus the bonuses).
        public var score: Double
    }

    /// The release results of `results`, best first, each release once.
    public static func rank(_ results: [SearchResult], for target: MatchScorer.PreparedTarget) -> [Candidate] {
        var seen = Set<Int>()
        let candidates = results.enumerated().compactMap { index, result -> (Candidate, Int)? in
            guard result.type == nil || result.type == .release, seen.insert(result.id).inserted else { return nil }
            let fit = fit(of: result, for: target)
            return (Candidate(releaseID: result.id, masterID: result.masterID, fit: fit,
                              score: Double(fit.rawValue) * 10 + bonus(result, for: target)), index)
        }
        return candidates.sorted { ($0.0.score, -$0.1) > ($1.0.score, -$1.1) }.map(\.0)
    }

    /// How the artists of one result fit the target's.
    static func fit(of result: SearchResult, for target: MatchScorer.PreparedTarget) -> ArtistFit {
        let (artist, _) = split(result.title)
        let trimmed = TextNormalizer.stripAllDisambiguations(artist).trimmingWhitespace()
        if trimmed.caseInsensitiveCompare("Various") == .orderedSame { return .various }
        let names = MatchScorer.artistNames(in: artist)
        let wanted = target.artistNames
        if Set(names) == Set(wanted) { return .exact }
        if wanted.allSatisfy(names.contains) { return .allNamesAndOthers }
        return wanted.contains(where: names.contains) ? .someNames : .none
    }

    static func bonus(_ result: SearchResult, for target: MatchScorer.PreparedTarget) -> Double {
        var bonus = 0.0
        if let catno = target.target.catno, !catno.isEmpty,
           MatchScorer.compactCatno(result.catalogNumber ?? "") == MatchScorer.compactCatno(catno) { bonus += 3 }
        if let label = target.target.label, !label.isEmpty {
            let wanted = TextNormalizer.normalizeName(label)
            if result.label.contains(where: { TextNormalizer.normalizeName($0) == wanted }) { bonus += 2 }
        }
        if TextNormalizer.normalize(split(result.title).title) == target.baseTitle { bonus += 1 }
        if let year = target.target.year, result.year == year { bonus += 0.5 }
        return bonus + lengthBonus(result)
    }

    /// +0.3 for a short vinyl release, +0.15 for another non-compilation, 0 for a compilation.
    static func lengthBonus(_ result: SearchResult) -> Double {
        let names = Set(result.formats.compactMap { $0.name?.rawValue.lowercased() })
        let words = Set(result.format.map { $0.lowercased() } + result.formats.flatMap { $0.descriptions.map { $0.lowercased() } })
            .union(names)
        if words.contains("compilation") { return 0 }
        if !words.isDisjoint(with: ["lp", "album"]) { return 0.15 }
        let vinyl = words.contains("vinyl") || !words.isDisjoint(with: ["7\"", "10\"", "12\""])
        let physicalSingle = !words.contains("file") && !words.isDisjoint(with: ["single", "ep", "maxi-single"])
        return vinyl || physicalSingle ? 0.3 : 0.15
    }

    /// "Artist - Title" split at the first " - " (no artist when there is none).
    static func split(_ title: String) -> (artist: String, title: String) {
        guard let range = title.range(of: " - ") else { return ("", title) }
        return (String(title[..<range.lowerBound]), String(title[range.upperBound...]))
    }
}
