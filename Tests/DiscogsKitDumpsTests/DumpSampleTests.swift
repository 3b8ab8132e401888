import DiscogsKit
import DiscogsKitDumps
import Foundation
import Testing

/// The four real sample files of the 2020-08 dump read to their exact record counts
/// (../shared/fixtures/dumps/SOURCES.md), with their fields where the models have them.
@Suite(.enabled(if: DumpSamples.isAvailable, "../shared/fixtures/dumps is not next to the package"))
struct DumpSampleTests {
    static func count<R>(_ reader: inout DumpReader<R>) throws -> [R] {
        var records: [R] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test func releasesReadToTheirCountAndFields() throws {
        var reader = try DumpReader.releases(path: DumpSamples.path("releases"))
        let releases = try Self.count(&reader)
        #expect(releases.count == 1000)
        #expect(Set(releases.map(\.id)).count == 1000)
        let first = try #require(releases.first { $0.id == 1 })
        #expect(first.title == "Stockholm")
        #expect(first.status == .accepted)
        #expect(first.artists.map(\.name) == ["The Persuader"])
        #expect(first.artists.first?.id == 1)
        #expect(first.artists.first?.anv == nil)
        #expect(first.extraArtists.first?.name == "Jesper Dahlbäck")
        #expect(first.extraArtists.first?.role == "Music By [All Tracks By]")
        #expect(first.labels.first.map { [$0.name, $0.catalogNumber ?? ""] } == ["Svek", "SK032"])
        #expect(first.formats.first?.quantity == 2)
        #expect(first.formats.first?.descriptions == ["12\"", "33 ⅓ RPM"])
        #expect(first.released == "1999-03-00")
        #expect(first.year == 1999)
        #expect(first.country == "Sweden")
        #expect(first.masterID == 1660109)
        #expect(first.isMainRelease == true)
        #expect(first.dataQuality == .needsVote)
        #expect(first.tracklist.map(\.title) == ["Östermalm", "Vasastaden", "Kungsholmen", "Södermalm", "Norrmalm", "Gamla Stan"])
        #expect(first.tracklist.first?.duration == "4:45")
        #expect(first.identifiers.count == 5)
        #expect(first.companies.contains { $0.name == "The Globe Studios" && $0.entityTypeName == "Recorded At" })
        #expect(first.videos.first?.duration == 296)
        #expect(first.videos.first?.embed == true)
        #expect(first.notes?.hasPrefix("The song titles are the names of six") == true)
        #expect(first.images.count == 4)
        // Sub-tracks of index tracks are kept.
        #expect(releases.contains { $0.tracklist.contains { $0.type == .index && !$0.subTracks.isEmpty } })
    }

    @Test func mastersArtistsAndLabelsReadToTheirCounts() throws {
        var masters = try DumpReader.masters(path: DumpSamples.path("masters"))
        let allMasters = try Self.count(&masters)
        #expect(allMasters.count == 1000)
        let master = try #require(allMasters.first { $0.id == 113 })
        #expect(master.mainRelease == 116925)
        #expect(master.title == "Moments In Time")
        #expect(master.year == 2002)
        #expect(master.styles == ["Techno", "Tech House"])

        var artists = try DumpReader.artists(path: DumpSamples.path("artists"))
        let allArtists = try Self.count(&artists)
        #expect(allArtists.count == 1000)
        let persuader = try #require(allArtists.first { $0.id == 1 })
        #expect(persuader.realName == "Jesper Dahlbäck")
        #expect(persuader.nameVariations == ["Persuader", "The Presuader"])
        #expect(persuader.aliases.first.map { [String($0.id ?? 0), $0.name] } == ["239", "Jesper Dahlbäck"])
        #expect(persuader.profile == nil)
        let duo = try #require(allArtists.first { $0.id == 2 })
        #expect(duo.name == "Mr. James Barth & A.D.")
        #expect(duo.members.map(\.name) == ["Alexi Delano", "Cari Lekebusch"])

        var labels = try DumpReader.labels(path: DumpSamples.path("labels"))
        let allLabels = try Self.count(&labels)
        #expect(allLabels.count == 1000)
        let planetE = try #require(allLabels.first { $0.id == 1 })
        #expect(planetE.name == "Planet E")
        #expect(planetE.contactInfo?.contains("Detroit, Michigan") == true)
        #expect(!planetE.sublabels.isEmpty)
        #expect(allLabels.contains { $0.parentLabel != nil })
    }

    @Test func theAsyncSequenceGivesTheSameRecords() async throws {
        var count = 0
        for try await release in try DumpReader.releases(path: DumpSamples.path("releases")).records {
            count += release.id > 0 ? 1 : 0
        }
        #expect(count == 1000)
    }
}
