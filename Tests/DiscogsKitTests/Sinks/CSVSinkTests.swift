import DiscogsKit
import Foundation
import Testing

@Suite struct CSVSinkTests {
    private let header = "item_type,item_key,discogs_id,track_name,artist_name,label_name,normalized_title,"
        + "normalized_name,position,release_title,duration_ms,record_label,catalog_number,catalog_numbers,genre,"
        + "subgenre,release_date,country,is_remix,is_live,remix_type,bio,metadata,external_urls,data_source,"
        + "scrape_timestamp"

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("Rødhåd's", "Rødhåd's"),
        ("Rødhåd, Dax J", "\"Rødhåd, Dax J\""),
        ("12\" Vinyl", "\"12\"\" Vinyl\""),
        ("\"", "\"\"\"\""),
        ("Line1\nLine2", "\"Line1\nLine2\""),
        ("Line1\r\nLine2", "\"Line1\r\nLine2\""),
        ("CR\rOnly", "\"CR\rOnly\""),
        ("C:\\techno", "C:\\techno"),
        (" padded ", " padded "),
        ("🎧;tab\there", "🎧;tab\there"),
    ])
    func fieldsAreQuotedOnlyWhenRFC4180NeedsIt(value: String, expected: String) {
        #expect(CSVSink.field(value) == expected)
    }

    @Test func headerListsEveryColumn() {
        #expect(CSVSink.columns.joined(separator: ",") == header)
    }

    @Test func writesAHeaderAndOneRowPerItemWithCRLF() async throws {
        let output = try await SinkFixtures.output(of: { CSVSink(destination: $0) }, items: SinkFixtures.compactItems)
        let rows = [
            header,
            #"track,7:A1,7,"Say ""Hi"", Rødhåd's 🎧",A\B,,say hi,,A1,"Line1"# + "\n"
                + #"Line2",,,,,,,,,false,false,,,"{""credits"":[{""artist_id"":9,""name"":""O'Brien"",""role"":""Producer""}],""position"":""A1"",""release_title"":""Line1\nLine2""}",{},discogs,2024-05-01T12:00:00Z"#,
            #"artist,5,5,,Rødhåd,,,rodhad,,,,,,,,,,,,,,"It's"# + "\r\n" + #"fine",{},{},discogs,2024-05-01T12:00:00Z"#,
            #"label,3,3,,,"Fig, Inc.",,fig inc,,,,,,"[""F'1""]",,,,,,,,,{},{},discogs,2024-05-01T12:00:00Z"#,
        ]
        #expect(output == rows.map { $0 + "\r\n" }.joined())
    }

    @Test func writesOnlyTheHeaderForNoItems() async throws {
        #expect(try await SinkFixtures.output(of: { CSVSink(destination: $0) }, items: []) == header + "\r\n")
    }

    @Test func lineEndingCanBeLF() async throws {
        let output = try await SinkFixtures.output(
            of: { CSVSink(destination: $0, lineEnding: .lf) }, items: [.track(SinkFixtures.plainTrack)])
        #expect(output.hasPrefix(header + "\n"))
        #expect(output.hasSuffix(",discogs,2024-05-01T12:00:00Z\n"))
        #expect(!output.contains("\r"))
    }

    @Test func rowsReadBackCellForCell() async throws {
        let output = try await SinkFixtures.output(of: { CSVSink(destination: $0) }, items: SinkFixtures.items)
        let records = try CSVTestParser.records(output)
        #expect(records.count == 4)
        #expect(records.allSatisfy { $0.count == CSVSink.columns.count })
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(CSVSink.columns, $0)) }
        let track = SinkFixtures.track
        #expect(rows[0]["item_type"] == "track")
        #expect(rows[0]["track_name"] == track.title)
        #expect(rows[0]["artist_name"] == track.artistName)
        #expect(rows[0]["release_title"] == track.metadata.releaseTitle)
        #expect(rows[0]["remix_type"] == track.remixType)
        #expect(rows[0]["duration_ms"] == "391000")
        #expect(rows[0]["is_remix"] == "true")
        #expect(rows[0]["bio"] == "")
        let metadata = try JSONDecoder().decode(TrackMetadata.self, from: Data(rows[0]["metadata"]!.utf8))
        #expect(metadata == track.metadata)
        #expect(rows[1]["item_type"] == "artist")
        #expect(rows[1]["bio"] == SinkFixtures.artist.bio)
        #expect(rows[1]["track_name"] == "")
        #expect(rows[2]["label_name"] == "Figure")
        #expect(try JSONDecoder().decode([String].self, from: Data(rows[2]["catalog_numbers"]!.utf8)) == ["FIGURE X 12", "FIG, 13"])
    }
}
