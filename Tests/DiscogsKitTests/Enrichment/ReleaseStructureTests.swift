import DiscogsKit
import Foundation
import Testing

/// Positions, index tracks, credit ranges and dates: how a release's structure reaches its items.
@Suite struct ReleaseStructureTests {
    @Test func dottedPositionsOnADoubleCDAreDiscAndTrack() throws {
        let extraction = try EnrichmentFixtures.extraction("double-cd-dotted")
        #expect(extraction.tracks.map { $0.metadata.disc } == [1, 1, 1, 2, 2])
        #expect(extraction.tracks.map { $0.metadata.trackNumber } == [1, 2, 3, 1, 2])
        let produced = extraction.tracks.filter { $0.creditPairs.contains("Steve Canueto/Compilation Producer") }
        #expect(produced.map { $0.metadata.position } == ["1.01", "1.02", "1.03"])
        #expect(try extraction.track("2.01").artistName == "Ferry Corsten")
        #expect(try extraction.track("1.03").metadata.remixers == ["Solar Stone"])
        #expect(try extraction.track("1.03").isRemix)
        #expect(try extraction.track("1.01").releaseDate == "2001-09")
        #expect(extraction.issues.isEmpty)
    }

    @Test func dottedPositionsOnASingleCDAreMedleyParts() throws {
        let extraction = try EnrichmentFixtures.extraction("medley-cd-dotted")
        #expect(extraction.tracks.map { $0.metadata.position } == ["1.01", "1.02", "2", "3.1", "3.2"])
        #expect(extraction.tracks.allSatisfy { $0.metadata.disc == nil })
        #expect(extraction.tracks.map { $0.metadata.trackNumber } == [1, 1, 2, 3, 3])
        let written = extraction.tracks.filter { $0.creditPairs.contains("Medley Writer/Written-By") }
        #expect(written.map { $0.metadata.position } == ["1.01", "1.02"])
        #expect(Set(extraction.tracks.map(\.itemKey)).count == 5)
        // A label without an id and a blank catalogue number.
        #expect(extraction.labels.first?.itemKey == "~not on label dj medley self released")
        #expect(extraction.labels.first?.catalogNumbers == [])
        #expect(extraction.tracks.first?.catalogNumber == nil)
        #expect(extraction.tracks.first?.releaseDate == "1999")
        #expect(extraction.tracks.first?.subgenre == nil)
    }

    @Test func indexTracksYieldTheirSubTracks() throws {
        let extraction = try EnrichmentFixtures.extraction("index-tracks")
        #expect(extraction.tracks.map { $0.metadata.position } == ["1a", "1b", "1c", "1d", "1e", "1f", "2", "3.1", "3.2", "4"])
        #expect(extraction.tracks.prefix(6).allSatisfy { $0.metadata.indexTitle == "Big Suite" })
        #expect(try extraction.track("2").metadata.indexTitle == nil)
        #expect(try extraction.track("4").title == "Lonely Index")
        #expect(try extraction.track("1f").durationMilliseconds == 241_000)
        #expect(try extraction.track("1a").releaseDate == "1970")
    }

    @Test func subTracksInheritTheIndexTracksArtistsAndCredits() throws {
        let extraction = try EnrichmentFixtures.extraction("index-tracks")
        let allegro = try extraction.track("3.1")
        #expect(allegro.artistName == "Guest Soloist")
        #expect(allegro.creditPairs.contains("Piece Conductor/Conductor"))
        #expect(try extraction.track("2").artistName == "The Orchestra")
        #expect(extraction.artists.contains { $0.discogsID == 5006 })
    }

    @Test(arguments: [
        ("Suite Writer/Written-By", ["1a", "1b", "1c", "1d", "1e", "1f"]),
        ("Whole Suite/Arranged By", ["1a", "1b", "1c", "1d", "1e", "1f"]),
        ("Single Producer/Producer", ["2"]),
        ("Parts Engineer/Engineer", ["3.1", "3.2"]),
    ])
    func indexCreditRanges(credit: String, positions: [String]) throws {
        let extraction = try EnrichmentFixtures.extraction("index-tracks")
        #expect(extraction.tracks.filter { $0.creditPairs.contains(credit) }.map { $0.metadata.position ?? "" } == positions)
        #expect(extraction.issues.isEmpty)
    }

    @Test(arguments: [
        ("Range Full/Written-By", ["A1", "A2", "A3"]),
        ("List Pair/Producer", ["A1", "B2"]),
        ("Cross Side/Mixed By", ["A2", "A3", "B1"]),
        ("Side Only/Arranged By", ["A1", "A2", "A3"]),
        ("Everyone/Mastered By", ["A1", "A2", "A3", "B1", "B2"]),
        ("Lost Credit/Vocals", []),
        ("Half Known/Engineer", ["B2"]),
    ])
    func vinylCreditRanges(credit: String, positions: [String]) throws {
        let extraction = try EnrichmentFixtures.extraction("vinyl-credit-ranges")
        #expect(extraction.tracks.filter { $0.creditPairs.contains(credit) }.map { $0.metadata.position ?? "" } == positions)
    }

    @Test func unknownPositionsInRangesAreReportedByCredit() throws {
        let issues = try EnrichmentFixtures.extraction("vinyl-credit-ranges").issues
        #expect(issues.count == 2)
        #expect(issues.contains { $0.contains("Lost Credit") && $0.contains("C9") })
        #expect(issues.contains { $0.contains("Half Known") && $0.contains("D4") })
    }

    @Test func vinylReleaseFields() throws {
        let extraction = try EnrichmentFixtures.extraction("vinyl-credit-ranges")
        let track = try extraction.track("B1")
        #expect(track.artistName == "Rødhåd & Dax J")
        #expect(track.metadata.section == "Side Two")
        #expect(track.metadata.side == "B")
        #expect(track.metadata.trackNumber == 1)
        #expect(track.releaseDate == "2019-03")
        #expect(track.catalogNumber == "FIGURE X 12")
        #expect(track.metadata.masterID == 88004)
        #expect(track.externalURLs["discogs_master"] == "https://www.discogs.com/master/88004")
        #expect(try extraction.track("A2").isRemix)
        // Another artist's edit is a rework: the title parser calls it a remix.
        #expect(try extraction.track("B2").isRemix)
        #expect(try extraction.track("B2").metadata.remixers == ["Dax J"])
        #expect(try extraction.track("B1").isRemix == false)
    }

    @Test(arguments: [
        ("2003-00-00", 2003, "2003"),
        ("2019-03-00", 2019, "2019-03"),
        ("2019-03-15", 2019, "2019-03-15"),
        ("", 1970, "1970"),
        ("0000-00-00", 1999, "1999"),
        ("", nil, nil),
    ] as [(String, Int?, String?)])
    func partialReleaseDates(released: String, year: Int?, expected: String?) {
        let release = Release(id: 1, year: year, released: released.isEmpty ? nil : released)
        #expect(ReleaseDates.isoDate(release) == expected)
    }

    @Test(arguments: [("none", nil), ("None", nil), ("  ", nil), ("", nil), (" KNTXT 012 ", "KNTXT 012"), ("none2", "none2")]
          as [(String, String?)])
    func catalogueNumbers(text: String, expected: String?) {
        #expect(CatalogNumber.clean(text) == expected)
    }
}
