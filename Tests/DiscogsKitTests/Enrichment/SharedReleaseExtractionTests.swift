import DiscogsKit
import Foundation
import Testing

/// Every real recorded release in `../shared/fixtures/discogs/release` (when present) extracts
/// without a crash into one track item per playable track, counted here from the raw JSON.
@Suite struct SharedReleaseExtractionTests {
    static var folder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/fixtures/discogs/release").standardizedFileURL
    }

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Playable tracks counted from the raw JSON: tracks, and index tracks' non-heading sub-tracks
    /// (an index without sub-tracks counts as one); headings never.
    static func playableCount(_ json: Any) -> Int {
        guard let object = json as? [String: Any], let tracklist = object["tracklist"] as? [[String: Any]] else { return 0 }
        var count = 0
        for track in tracklist {
            let type = track["type_"] as? String ?? "track"
            let subs = (track["sub_tracks"] as? [[String: Any]] ?? []).filter { ($0["type_"] as? String) != "heading" }
            switch type {
            case "heading": continue
            case "index": count += max(1, subs.count)
            default: count += 1
            }
        }
        return count
    }

    @Test(.enabled(if: !files.isEmpty, "../shared/fixtures/discogs/release is not present"))
    func everyRecordedReleaseExtracts() throws {
        for file in Self.files {
            let data = try Data(contentsOf: file)
            let release = try JSONDecoder().decode(Release.self, from: data)
            let extraction = EnrichmentFixtures.extractor.extract(release)
            let expected = Self.playableCount(try JSONSerialization.jsonObject(with: data))
            #expect(extraction.tracks.count == expected, "\(file.lastPathComponent)")
            #expect(extraction.tracks.allSatisfy { $0.releaseID == release.id }, "\(file.lastPathComponent)")
            #expect(!extraction.artists.contains { $0.discogsID == 194 }, "\(file.lastPathComponent)")
            let keys = extraction.allItems.map(\.key)
            #expect(Set(keys).count == keys.count || release.tracklist.isEmpty, "\(file.lastPathComponent): duplicate keys")
            for track in extraction.tracks {
                let encoded = try JSONEncoder().encode(ExtractedItem.track(track))
                #expect(try JSONDecoder().decode(ExtractedItem.self, from: encoded) == .track(track))
            }
        }
    }

    @Test(.enabled(if: !files.isEmpty, "../shared/fixtures/discogs/release is not present"))
    func compilationsUsePerTrackArtists() throws {
        let file = Self.folder.appendingPathComponent("3151795.json")
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        let release = try JSONDecoder().decode(Release.self, from: Data(contentsOf: file))
        let tracks = EnrichmentFixtures.extractor.extract(release).tracks
        #expect(tracks.count == 105)
        #expect(!tracks.contains { $0.artistName == "Various" })
    }
}
