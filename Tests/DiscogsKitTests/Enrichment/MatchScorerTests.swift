import DiscogsKit
import Foundation
import Testing

/// The scorer's parts and the ranker's tiers, table by table.
@Suite struct MatchScorerTests {
    static func score(_ artist: String, _ title: String, against trackArtist: String, _ trackTitle: String,
                      duration: Int? = nil, trackDuration: String? = "6:00", credits: [ArtistCredit] = []) -> MatchScorer.Score {
        let names = trackArtist.components(separatedBy: " & ")
        let artists = names.enumerated().map { ArtistCredit(name: $0.element, join: $0.offset < names.count - 1 ? "&" : nil, id: 10 + $0.offset) }
        let track = Track(position: "A1", title: trackTitle, duration: trackDuration, artists: artists, extraArtists: credits)
        let release = Release(id: 1, tracklist: [track])
        let entry = PlayableTrack.flatten(release)[0]
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: artist, title: title, durationMilliseconds: duration))
        return MatchScorer().score(target, track: entry, in: release)
    }

    @Test(arguments: [
        // target artist, target title, track artist, track title, lowest, highest
        ("Amelie Lens", "Feel It", "Amelie Lens", "Feel It", 1.0, 1.0),
        ("Amelie Lens", "Feel It", "Amelie Lens", "Feel It (Original Mix)", 1.0, 1.0),
        ("amelie lens", "FEEL IT", "Amelie Lens", "Feel It", 1.0, 1.0),
        ("Rodhad", "Blind Faith", "Rødhåd", "Blind Faith", 1.0, 1.0),
        ("Amelie Lens and Dax J", "Feel It", "Amelie Lens & Dax J", "Feel It", 1.0, 1.0),
        ("Amelie Lens", "Feel It", "Amelie Lens & Dax J", "Feel It", 1.0, 1.0),
        ("Amelie Lens & Dax J", "Feel It", "Amelie Lens", "Feel It", 0.8, 0.9),
        ("Amelie Lens", "Feel It", "Amelie Lens", "Feel It (Radio Edit)", 0.9, 0.949),
        ("Amelie Lens", "Feel It", "Amelie Lens", "Feel It (Dax J Remix)", 0.85, 0.9),
        ("Amelie Lens", "Feel It (Dax J Remix)", "Amelie Lens", "Feel It", 0.8, 0.85),
        ("Amelie Lens", "Feel It (Dax J Remix)", "Amelie Lens", "Feel It (Paula Temple Remix)", 0.5, 0.59),
        ("Amelie Lens", "Feel It (Radio Edit)", "Amelie Lens", "Feel It (Live)", 0.5, 0.59),
        ("Charlotte de Witte", "Feel It", "Amelie Lens", "Feel It", 0.3, 0.4),
        ("Amelie Lens", "Feel", "Amelie Lens", "Feel It Now", 0.3, 0.5),
        ("Amelie Lens", "Mixtape", "Amelie Lens", "Mixtape Orbit", 0.4, 0.59),
        ("Amelie Lenz", "Feel It", "Amelie Lens", "Feel It", 0.4, 0.59),
    ])
    func confidence(artist: String, title: String, trackArtist: String, trackTitle: String, low: Double, high: Double) {
        let score = Self.score(artist, title, against: trackArtist, trackTitle)
        #expect(score.confidence >= low && score.confidence <= high, "\(score.confidence): \(score.reasons)")
    }

    @Test func aRemixCreditStandsForTheRemixInTheTitle() {
        let credit = ArtistCredit(name: "Dax J", role: "Remix", id: 2)
        let credited = Self.score("Amelie Lens", "Feel It (Dax J Remix)", against: "Amelie Lens", "Feel It", credits: [credit])
        let plain = Self.score("Amelie Lens", "Feel It (Dax J Remix)", against: "Amelie Lens", "Feel It")
        #expect(credited.confidence > plain.confidence)
        #expect(credited.reasons.contains("target’s remix “dax j remix” is credited on the track"))
    }

    @Test(arguments: [
        (390_000, "6:30", 1.0), (395_000, "6:30", 1.0), (410_000, "6:30", 0.9545), (500_000, "6:30", 0.909), (390_000, nil, 0.972),
    ] as [(Int, String?, Double)])
    func duration(wanted: Int, actual: String?, expected: Double) {
        let score = Self.score("Amelie Lens", "Feel It", against: "Amelie Lens", "Feel It", duration: wanted, trackDuration: actual)
        #expect(abs(score.confidence - expected) < 0.001, "\(score.confidence)")
    }

    @Test(arguments: [
        ("Rødhåd & Dax J", ["rodhad", "dax j"]),
        ("Rødhåd (2) and Dax J (3)", ["rodhad", "dax j"]),
        ("A feat. B, C vs D", ["a", "b", "c", "d"]),
        ("Persuader, The", ["the persuader"]),
        ("Persuader, The Feat. Nina Kraviz", ["the persuader", "nina kraviz"]),
        ("Amelie Lens, Dax J", ["amelie lens", "dax j"]),
        ("Ben Klock Presents Fade To Grey", ["ben klock", "fade to grey"]),
        ("", []),
    ])
    func artistNames(credit: String, expected: [String]) {
        #expect(MatchScorer.artistNames(in: credit) == expected)
    }

    @Test(arguments: [
        ("Amelie Lens - Feel It", CandidateRanker.ArtistFit.exact),
        ("Amelie Lens (2) - Feel It", .exact),
        ("Amelie Lens & Dax J - Feel It", .allNamesAndOthers),
        ("Various - Techno Summer", .various),
        ("Various (3) - Techno Summer", .various),
        ("Amelie Lens Feat. Dax J, Ida Engberg - Feel It", .allNamesAndOthers),
        ("Amelie Beyer & Dax Lens - Feel It", .none),
        ("Amelie Lens And Charlotte de Witte - Feel It", .allNamesAndOthers),
        ("Feel It", .none),
    ])
    func fits(title: String, fit: CandidateRanker.ArtistFit) {
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        #expect(CandidateRanker.rank([SearchResult(id: 1, type: .release, title: title)], for: target).first?.fit == fit)
    }

    @Test func aCollaborationSharingOneNameFitsBySomeNames() {
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: "Amelie Lens & Dax J", title: "Feel It"))
        let ranked = CandidateRanker.rank([SearchResult(id: 1, type: .release, title: "Amelie Lens - Feel It")], for: target)
        #expect(ranked.first?.fit == .someNames)
    }

    @Test(arguments: [
        (["Vinyl", "12\"", "33 ⅓ RPM"], 0.3),
        (["Vinyl", "7\"", "Single"], 0.3),
        (["CD", "Single"], 0.3),
        (["Vinyl", "LP", "Album"], 0.15),
        (["CD", "Album"], 0.15),
        (["File", "MP3", "EP"], 0.15),
        (["CD", "Compilation"], 0),
        (["Vinyl", "12\"", "Compilation"], 0),
    ] as [([String], Double)])
    func shortReleasesRankFirstWithinAFit(format: [String], bonus: Double) {
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        let ranked = CandidateRanker.rank([SearchResult(id: 1, type: .release, title: "Dax J - Other", format: format)], for: target)
        #expect(ranked.first?.score == bonus) // no artist fit, no title, catalogue number, label or year bonus
    }

    @Test func rankingPrefersTheArtistThenCatalogueNumberThenSingles() {
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It", catno: "LEN 1"))
        let results = [
            SearchResult(id: 1, type: .release, title: "Various - Feel It", format: ["CD", "Compilation"]),
            SearchResult(id: 2, type: .release, title: "Amelie Lens - Album", format: ["CD", "Album"]),
            SearchResult(id: 3, type: .release, title: "Amelie Lens - Other", format: ["Vinyl", "12\""]),
            SearchResult(id: 4, type: .release, title: "Amelie Lens - Feel It", format: ["Vinyl"]),
            SearchResult(id: 5, type: .release, title: "Amelie Lens - X", catalogNumber: "LEN-1"),
            SearchResult(id: 6, type: .master, title: "Amelie Lens - Feel It"),
            SearchResult(id: 4, type: .release, title: "Amelie Lens - Feel It", format: ["Vinyl"]),
        ]
        #expect(CandidateRanker.rank(results, for: target).map(\.releaseID) == [5, 4, 3, 2, 1])
    }

    @Test func compilationsComeAfterTheArtistsOwnReleasesAndBeforeCollaborations() {
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        let results = [
            SearchResult(id: 1, type: .release, title: "Amelie Lens & Dax J - Together", format: ["Vinyl", "12\""]),
            SearchResult(id: 2, type: .release, title: "Various - Techno Summer", format: ["CD", "Compilation"]),
            SearchResult(id: 3, type: .release, title: "Dax J - Feel It", format: ["Vinyl"]),
            SearchResult(id: 4, type: .release, title: "Amelie Lens - Album", format: ["CD", "Album"]),
        ]
        #expect(CandidateRanker.rank(results, for: target).map(\.releaseID) == [4, 2, 1, 3])
    }

    @Test(arguments: [
        ("Bomfunk MC's", "Don’t Stop (Rødhåd's Remix)", "bomfunk mc's", "don't stop", "don't stop rodhad's remix"),
        ("Rødhåd & Dax J", "Blind Faith & Hope", "rodhad dax j", "blind faith hope", "blind faith hope"),
        ("Amelie Lens", "Feel It (Original Mix)", "amelie lens", "feel it", "feel it original mix"),
    ])
    func searchWordsKeepApostrophesAndDropJoins(artist: String, title: String, searchArtist: String, track: String, trackWithVersion: String) {
        let prepared = MatchScorer.PreparedTarget(EnrichmentTarget(artist: artist, title: title))
        #expect(prepared.searchArtist == searchArtist)
        #expect(prepared.searchTrack(withVersion: false) == track)
        #expect(prepared.searchTrack(withVersion: true) == trackWithVersion)
        #expect(!prepared.baseTitle.contains("'")) // scoring still compares without apostrophes
    }

    @Test(arguments: ["Jump & Joy!", "Jump and Joy", "jump & joy", "Jump'n Joy"])
    func aNameWithAJoinWordInItMatchesWhicheverSpellingTheCreditShows(artist: String) {
        // One artist whose name holds "&", credited on the track under a name variation.
        let credit = ArtistCredit(name: "Jump & Joy!", anv: "Jump'n Joy", id: 203_645)
        let release = Release(id: 1, tracklist: [Track(position: "23.02", title: "Vamoz Everybody", artists: [credit])])
        let target = MatchScorer.PreparedTarget(EnrichmentTarget(artist: artist, title: "Vamoz Everybody"))
        let score = MatchScorer().score(target, track: PlayableTrack.flatten(release)[0], in: release)
        #expect(score.confidence == 1, "\(score.reasons)")
    }
}
