import DiscogsKit
import Foundation
import Testing

/// A 2×CD "Various" compilation: per-track artists, headings per disc, track and release credits,
/// remix credits, a label repeated with `none` and a real catalogue number, a partial date.
@Suite struct CompilationExtractionTests {
    let extraction: ReleaseExtractor.Extraction

    init() throws {
        extraction = try EnrichmentFixtures.extraction("compilation-various")
    }

    @Test func headingsAreSkippedAndBecomeSections() throws {
        #expect(extraction.tracks.map { $0.metadata.position } == ["1-01", "1-02", "1-03", "1-04", "2-01", "2-02", "2-03"])
        #expect(extraction.tracks.prefix(4).allSatisfy { $0.metadata.section == "Disc One: Night" })
        #expect(extraction.tracks.suffix(3).allSatisfy { $0.metadata.section == "Disc Two: Day" })
        #expect(try extraction.track("2-01").metadata.disc == 2)
        #expect(try extraction.track("2-01").metadata.trackNumber == 1)
        #expect(try extraction.track("1-03").metadata.disc == 1)
    }

    @Test(arguments: [
        ("1-01", "Amelie Lens & Dax J"),
        ("1-02", "Rødhåd"),
        ("1-03", "AFX"),
        ("2-01", "Amelie"),
        ("2-02", "Sandrino"),
        ("2-03", "Ellen Allien"),
    ])
    func perTrackArtistsOverrideVarious(position: String, artist: String) throws {
        let track = try extraction.track(position)
        #expect(track.artistName == artist)
        #expect(track.metadata.artists?.contains { $0.artistID == 194 } == false)
    }

    @Test func variousIsNeverAnArtistItem() {
        #expect(!extraction.artists.contains { $0.discogsID == 194 || $0.name == "Various" })
        #expect(!extraction.tracks.contains { $0.artistName == "Various" })
    }

    @Test func everyArtistOnceWithItsRoles() throws {
        let ids = extraction.artists.compactMap(\.discogsID)
        #expect(Set(ids).count == ids.count)
        let names = Set(extraction.artists.map(\.name))
        #expect(names == ["Amelie Lens", "Dax J", "Rødhåd", "Aphex Twin", "Persuader, The", "Nina Kraviz", "Sandrino",
                          "Ellen Allien", "Rashad Becker", "Dan Bell", "Ghost Engineer", "Paula Temple"])
        let ellen = try #require(extraction.artists.first { $0.discogsID == 3100 })
        #expect(Set(ellen.metadata.roles ?? []) == ["Mixed By", "Compiled By", "Track Artist"])
        let amelie = try #require(extraction.artists.first { $0.discogsID == 1001 })
        #expect(amelie.metadata.nameVariations == ["Amelie"])
        let aphex = try #require(extraction.artists.first { $0.discogsID == 1004 })
        #expect(aphex.normalizedName == "aphex twin")
        let sandrino = try #require(extraction.artists.first { $0.name == "Sandrino" })
        #expect(sandrino.discogsID == nil)
        #expect(sandrino.itemKey == "~sandrino")
    }

    @Test func releaseCreditsFollowTheirRanges() throws {
        #expect(extraction.tracks.allSatisfy { $0.creditPairs.contains("Ellen Allien/Mixed By") })
        #expect(extraction.tracks.allSatisfy { $0.creditPairs.contains("Ellen Allien/Compiled By") })
        let mastered = extraction.tracks.filter { $0.creditPairs.contains("Rashad Becker/Mastered By") }
        #expect(mastered.map { $0.metadata.position } == ["1-01", "1-02", "1-03"])
        let produced = extraction.tracks.filter { $0.creditPairs.contains("Dan Bell/Producer") }
        #expect(produced.map { $0.metadata.position } == ["2-01", "2-03"])
        #expect(!extraction.tracks.contains { $0.creditPairs.contains { $0.hasPrefix("Ghost Engineer") } })
    }

    @Test func trackCreditsComeFirstOneRoleEach() throws {
        let strings = try extraction.track("1-03")
        #expect(strings.creditPairs.prefix(2) == ["P. Temple/Remix [Additional]", "P. Temple/Producer"])
        #expect(strings.metadata.credits?.first?.artistID == 1005)
        let faith = try extraction.track("1-02")
        #expect(faith.creditPairs.first == "Dax J/Remix")
    }

    @Test func aRangeNamingAnUnknownPositionIsReported() {
        #expect(extraction.issues.count == 1)
        let issue = extraction.issues.first ?? ""
        #expect(issue.contains("Ghost Engineer"))
        #expect(issue.contains("3-1"))
    }

    @Test(arguments: [
        // position, is_remix, is_live, remix_type, remixers
        ("1-01", false, false, "Original Mix", nil),
        ("1-02", true, false, "Remix", ["Dax J"]),
        ("1-03", true, false, "Remix", ["P. Temple"]),
        ("1-04", false, true, "Live", nil),
        ("2-01", false, false, nil, nil),
        ("2-02", false, false, "Remastered", nil),
    ] as [(String, Bool, Bool, String?, [String]?)])
    func versionsAreCrossCheckedWithRemixCredits(position: String, isRemix: Bool, isLive: Bool, remixType: String?,
                                                 remixers: [String]?) throws {
        let track = try extraction.track(position)
        #expect(track.isRemix == isRemix)
        #expect(track.isLive == isLive)
        #expect(track.remixType == remixType)
        #expect(track.metadata.remixers == remixers)
    }

    @Test func labelsKeepEveryCatalogueNumberAndNoneIsAbsent() throws {
        let track = try extraction.track("1-01")
        #expect(track.recordLabel == "BPitch Control")
        #expect(track.catalogNumber == "BPC 100")
        #expect(track.metadata.labels?.map(\.catalogNumber) == [nil, "BPC 100", "KOMP 33"])
        #expect(extraction.labels.map(\.name) == ["BPitch Control", "Kompakt"])
        #expect(extraction.labels.map(\.catalogNumbers) == [["BPC 100"], ["KOMP 33"]])
        #expect(extraction.labels.map(\.itemKey) == ["501", "502"])
    }

    @Test func releaseFieldsOnEveryTrack() throws {
        let track = try extraction.track("2-03")
        #expect(track.releaseID == 7001)
        #expect(track.releaseDate == "2003")
        #expect(track.genre == "Electronic")
        #expect(track.subgenre == "Techno")
        #expect(track.metadata.genres == ["Electronic", "Pop"])
        #expect(track.metadata.styles == ["Techno", "Minimal", "Electro"])
        #expect(track.metadata.country == "Germany")
        #expect(track.metadata.releaseTitle == "Techno Nights 2003")
        #expect(track.metadata.masterID == nil)
        #expect(track.metadata.formats?.first?.quantity == 2)
        #expect(track.durationMilliseconds == 3_723_000)
        #expect(try extraction.track("1-04").durationMilliseconds == nil)
        #expect(track.externalURLs == ["discogs": "https://www.discogs.com/release/7001",
                                       "discogs_api": "https://api.discogs.com/releases/7001"])
        #expect(track.dataSource == "discogs")
        #expect(extraction.allItems.allSatisfy { item in
            switch item {
            case .track(let t): t.scrapeTimestamp == EnrichmentFixtures.timestamp
            case .artist(let a): a.scrapeTimestamp == EnrichmentFixtures.timestamp
            case .label(let l): l.scrapeTimestamp == EnrichmentFixtures.timestamp
            }
        })
    }

    @Test func normalizedTitleIsTheFoldedBaseTitle() throws {
        #expect(try extraction.track("1-02").normalizedTitle == "blind faith")
        #expect(try extraction.track("1-01").normalizedTitle == "feel it")
    }

    @Test func itemsForOneTrackAreWhatItRefersTo() throws {
        let release = try EnrichmentFixtures.release("compilation-various")
        let entry = try #require(PlayableTrack.flatten(release).first { $0.track.position == "1-02" })
        let items = EnrichmentFixtures.extractor.items(for: entry, in: release)
        #expect(items.track == (try extraction.track("1-02")))
        #expect(Set(items.artists.compactMap(\.discogsID)) == [1003, 1002, 3100, 3101])
        #expect(items.labels.map(\.name) == ["BPitch Control", "Kompakt"])
    }
}
