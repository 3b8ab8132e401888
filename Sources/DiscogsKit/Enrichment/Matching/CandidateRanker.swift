/// Orders search results by how likely each release is to hold the target's track, from what a
/// search result shows: its "Artist - Title", label, catalogue number, year and formats.
///
/// ### Order
/// 1. The artist tier: the result's artists are exactly the target's (3); they include every
///    name of the target (2); the result is a "Various" compilation, or shares some name (1);
///    neither (0).
/// 2. Then, within a tier: catalogue number (+3) and label (+2) the target gives, the release
///    title equal to the track's base title (+1, a single named after its track), the year
///    (+0.5), singles, EPs and vinyl before albums, albums before compilations (+0.3 / +0.15).
/// 3. Ties keep the search's order.
///
/// A search matches words anywhere in a release, so the tier is what matters most: the target's
/// own artist on a release is strong evidence, a compilation whose track artists happen to
/// contain the target's words is weak until the artist is confirmed (see ``ArtistDirectory``).
///
/// ```swift
/// let ranked = CandidateRanker.rank(results, for: prepared)
/// ranked.first?.releaseID // the release to fetch first
/// ```
public enum CandidateRanker {
    /// One ranked search result.
    public struct Candidate: Sendable, Hashable {
        /// The release.
        public var releaseID: Int
        /// Its master, when the result names one.
        public var masterID: Int?
        /// 3 (the target's artists), 2 (they include the target's), 1 (Various or some name), 0.
        public var tier: Int
        /// The ranking score (tier × 10 plus the bonuses).
        public var score: Double
    }

    /// The release results of `results`, best first, each release once.
    public static func rank(_ results: [SearchResult], for target: MatchScorer.PreparedTarget) -> [Candidate] {
        var seen = Set<Int>()
        let candidates = results.enumerated().compactMap { index, result -> (Candidate, Int)? in
            guard result.type == nil || result.type == .release, seen.insert(result.id).inserted else { return nil }
            let tier = tier(of: result, for: target)
            return (Candidate(releaseID: result.id, masterID: result.masterID, tier: tier,
                              score: Double(tier) * 10 + bonus(result, for: target)), index)
        }
        return candidates.sorted { ($0.0.score, -$0.1) > ($1.0.score, -$1.1) }.map(\.0)
    }

    /// The artist tier of one result.
    static func tier(of result: SearchResult, for target: MatchScorer.PreparedTarget) -> Int {
        let (artist, _) = split(result.title)
        let trimmed = TextNormalizer.stripAllDisambiguations(artist).trimmingCharacters(in: .whitespaces)
        if trimmed.caseInsensitiveCompare("Various") == .orderedSame { return 1 }
        let names = MatchScorer.artistNames(in: artist)
        let wanted = target.artistNames
        if Set(names) == Set(wanted) { return 3 }
        if wanted.allSatisfy(names.contains) { return 2 }
        return wanted.contains(where: names.contains) ? 1 : 0
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
        let formats = Set(result.format.map { $0.lowercased() } + result.formats.flatMap { [$0.name?.rawValue.lowercased() ?? ""] + $0.descriptions.map { $0.lowercased() } })
        if formats.contains("compilation") {
            bonus += 0
        } else if !formats.isDisjoint(with: ["single", "ep", "maxi-single", "vinyl", "12\"", "7\""]) {
            bonus += 0.3
        } else {
            bonus += 0.15
        }
        return bonus
    }

    /// "Artist - Title" split at the first " - " (no artist when there is none).
    static func split(_ title: String) -> (artist: String, title: String) {
        guard let range = title.range(of: " - ") else { return ("", title) }
        return (String(title[..<range.lowerBound]), String(title[range.upperBound...]))
    }
}
