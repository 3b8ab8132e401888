import DiscogsKit
import DiscogsKitDumps
import Foundation
import Testing

/// The COPY files: text escaping that loads any value unchanged, rows in the schema's columns,
/// and a load script that is truncate-and-load with keys and indexes after the COPY.
struct PostgresCopyTests {
    @Test(arguments: [
        ("plain", "plain"), ("tab\there", "tab\\there"), ("line\nnext", "line\\nnext"), ("cr\r", "cr\\r"),
        ("back\\slash", "back\\\\slash"), ("nul\u{0}dropped", "nuldropped"), ("Rødhåd", "Rødhåd"), ("\\N", "\\\\N"),
    ])
    func textIsEscaped(value: String, expected: String) {
        var row = PostgresCopyRow()
        row.append(value)
        row.finish()
        #expect(String(decoding: row.bytes, as: UTF8.self) == expected + "\n")
    }

    @Test func nullsNumbersFlagsAndArrays() {
        var row = PostgresCopyRow()
        row.append(nil as String?); row.append(42); row.append(nil as Int?); row.append(true); row.append(["a \"b\"", "c\\d", "e\tf"])
        row.append([String]())
        row.finish()
        #expect(String(decoding: row.bytes, as: UTF8.self) == "\\N\t42\t\\N\tt\t{\"a \\\\\"b\\\\\"\",\"c\\\\\\\\d\",\"e\\tf\"}\t{}\n")
    }

    @Test(arguments: PostgresSchema.kinds)
    func loadScriptTruncatesThenCopiesThenIndexes(kind: String) throws {
        let script = PostgresSchema.loadScript(for: kind)
        let lines = script.components(separatedBy: "\n")
        let truncate = try #require(lines.firstIndex { $0.hasPrefix("TRUNCATE ") })
        let copies = lines.indices.filter { lines[$0].hasPrefix("\\copy ") }
        let builds = lines.indices.filter { lines[$0].hasPrefix("CREATE INDEX") || lines[$0].contains("ADD CONSTRAINT") }
        let drops = lines.indices.filter { lines[$0].hasPrefix("DROP INDEX") || lines[$0].contains("DROP CONSTRAINT") }
        #expect(copies.count == PostgresSchema.tables(for: kind).count)
        #expect(!builds.isEmpty && builds.count == drops.count)
        #expect(drops.allSatisfy { $0 < truncate } && copies.allSatisfy { $0 > truncate })
        #expect(builds.allSatisfy { $0 > copies.max()! })
        #expect(lines.firstIndex(of: "BEGIN;")! < truncate && lines.firstIndex(of: "COMMIT;")! > builds.max()!)
    }

    @Test func aReleaseWritesRowsInEveryTableItHas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgcopy-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let xml = """
        <releases><release id="5" status="Accepted"><artists><artist><id>3</id><name>A</name></artist></artists>\
        <extraartists><artist><id>4</id><name>B</name><role>Mixed By</role><tracks>1 to 2</tracks></artist></extraartists>\
        <title>T\tab</title><labels><label name="L" catno="X 1" id="9"/></labels><tracklist>\
        <track><position>1</position><title>One</title><duration>1:00</duration></track>\
        <track><position></position><title>Index</title><sub_tracks><track><position>2a</position><title>Two</title></track>\
        </sub_tracks></track></tracklist></release></releases>
        """
        var reader = try DumpReader.releases(DataByteStream(Data(xml.utf8)))
        var writer = try PostgresCopyWriter(folder: folder, kind: "releases")
        while let release = try reader.next() { try writer.write(release) }
        try writer.close()
        #expect(writer.rowCounts["releases"] == 1 && writer.rowCounts["release_tracks"] == 3)
        #expect(writer.rowCounts["release_artists"] == 2 && writer.rowCounts["release_labels"] == 1)
        let releases = try String(contentsOfFile: folder + "/releases.tsv", encoding: .utf8)
        #expect(releases == "5\tAccepted\tT\\tab\tA\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t{}\t{}\n")
        let tracks = try String(contentsOfFile: folder + "/release_tracks.tsv", encoding: .utf8)
        #expect(tracks.components(separatedBy: "\n")[2] == "5\t2\t1\t2a\ttrack\tTwo\t\\N")
        for name in ["schema.sql", "load-releases.sql"] { #expect(FileManager.default.fileExists(atPath: folder + "/" + name)) }
        #expect(throws: SinkError.self) { try writer.write(Master(id: 1, title: "M")) }
    }

    @Test func anUnknownKindIsNamed() {
        #expect { _ = try PostgresCopyWriter(folder: "/tmp", kind: "tracks") } throws: { "\($0)".contains("tracks") }
    }
}
