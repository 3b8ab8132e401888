@testable import DiscogsKitDumps
import DiscogsKit
import Foundation
import Testing

/// The local match index: built from dump releases, read back through memory maps, and matched
/// against by the same TrackMatcher as the API, with no client at all.
struct DumpIndexTests {
    static let xml = """
    <releases>
    <release id="10" status="Accepted"><artists><artist><id>1</id><name>Amelie Lens</name></artist></artists>\
    <title>Feel It</title><labels><label name="Lenske" catno="LENSKE 001" id="5"/></labels>\
    <formats><format name="Vinyl" qty="1"><descriptions><description>12"</description></descriptions></format></formats>\
    <tracklist><track><position>A</position><title>Feel It</title><duration>6:10</duration></track>\
    <track><position>B</position><title>Feel It (Dixon Edit)</title><duration>7:00</duration></track></tracklist></release>
    <release id="11" status="Accepted"><artists><artist><id>194</id><name>Various</name></artist></artists>\
    <title>Techno Box</title><labels><label name="Box" catno="BOX 7" id="6"/></labels>\
    <formats><format name="CD" qty="2"><descriptions><description>Compilation</description></descriptions></format></formats>\
    <tracklist><track><position>1-1</position><title>Hypnotized</title><artists><artist><id>2</id><name>Charlotte de Witte</name></artist></artists></track>\
    <track><position>1-2</position><title>Sandstorm (Original Mix)</title><artists><artist><id>3</id><name>Darude</name></artist></artists></track>\
    </tracklist></release>
    </releases>
    """

    static func buildIndex(_ xml: String = xml) throws -> (DumpIndex, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString)")
        var builder = try DumpIndexBuilder(folder: folder.path)
        var reader = try DumpReader.releases(DataByteStream(Data(xml.utf8)))
        while let release = try reader.next() { try builder.add(release) }
        try builder.finish(sources: ["test.xml"])
        return (try DumpIndex(folder: folder.path), folder)
    }

    @Test(arguments: [
        ("Amelie Lens", "Feel It", nil, 10, "A"),
        ("Amelie Lens", "Feel It (Dixon Edit)", nil, 10, "B"),
        ("Charlotte de Witte", "Hypnotized", nil, 11, "1-1"),   // a compilation track by its own artist
        ("Darude", "Sandstorm", nil, 11, "1-2"),
        ("Amélie Lens", "Feel it", "LENSKE001", 10, "A"),       // folded name, catalogue number
    ] as [(String, String, String?, Int, String)])
    func matchesWithNoClient(artist: String, title: String, catno: String?, release: Int, position: String) async throws {
        let (index, folder) = try Self.buildIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(index.client == nil)
        let matcher = TrackMatcher(source: index, options: DumpIndex.matcherOptions)
        let outcome = try await matcher.match(EnrichmentTarget(artist: artist, title: title, catno: catno))
        guard case .matched(let match) = outcome else { Issue.record("\(artist) – \(title): \(outcome)"); return }
        #expect(match.release.id == release && match.track.track.position == position, "\(match.reasons)")
    }

    @Test func anUnknownTrackIsUnmatchedWithItsReason() async throws {
        let (index, folder) = try Self.buildIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try await TrackMatcher(source: index, options: DumpIndex.matcherOptions)
            .match(EnrichmentTarget(artist: "Nobody", title: "Nothing At All"))
        guard case .unmatched(let reason) = outcome else { Issue.record("\(outcome)"); return }
        #expect(reason.contains("no candidate found"))
    }

    @Test func releasesReadBackAsStored() throws {
        let (index, folder) = try Self.buildIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(index.summary.releases == 2 && index.summary.sources == ["test.xml"])
        let release = try #require(try index.release(11))
        #expect(release.tracklist.map(\.title) == ["Hypnotized", "Sandstorm (Original Mix)"])
        #expect(try index.release(12) == nil)
    }

    /// The external sort: many runs merged into one sorted file with every pair kept.
    @Test(arguments: [1, 3, 1000])
    func pairsSortAcrossRuns(bufferPairs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pairs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = PairFileWriter(temporaryFolder: folder, bufferPairs: bufferPairs)
        var generator = SystemRandomNumberGenerator()
        var expected: [UInt64: [UInt64]] = [:]
        for value in 0..<500 as Range<UInt64> {
            let key = UInt64.random(in: 0..<50, using: &generator)
            try writer.append(key, value)
            expected[key, default: []].append(value)
        }
        try writer.finish(to: folder.appendingPathComponent("out.pairs").path)
        let file = try PairFile(path: folder.appendingPathComponent("out.pairs").path)
        #expect(file.count == 500)
        for (key, values) in expected { #expect(file.values(for: key) == values.sorted()) }
        #expect(file.values(for: 999).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.pairs"])
    }

    @Test func aMissingOrDamagedIndexIsNamed() throws {
        let (_, folder) = try Self.buildIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect { _ = try DumpIndex(folder: folder.path + "-absent") } throws: { "\($0)".contains("index.json is missing") }
        let keys = folder.appendingPathComponent("keys.pairs")
        let handle = try FileHandle(forWritingTo: keys)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([1, 2, 3]))
        try handle.close()
        #expect { _ = try DumpIndex(folder: folder.path) } throws: { "\($0)".contains("damaged") }
        try Data("{}".utf8).write(to: folder.appendingPathComponent("index.json"))
        #expect { _ = try DumpIndex(folder: folder.path) } throws: { "\($0)".contains("not an index manifest") }
    }
}
