import DiscogsKit
import Foundation
import Testing

/// Writes the SQL script `.ci/postgres-check.sh` loads into a real PostgreSQL.
///
/// With `DISCOGSKIT_SQL_OUT` set, the script goes to that path and its expectations (what the
/// database must hold afterwards) to the same path plus `.expected`; without it, both go to a
/// temporary directory that is removed afterwards, and the test checks the script's shape only.
@Suite struct SQLSinkPostgresExportTests {
    /// One check for the database: `table`'s row `key` must give `value` for `expression`.
    private struct Expectation {
        let table: String
        let key: String
        let expression: String
        let value: String?

        private static func hex(_ text: String) -> String {
            text.utf8.map { String(format: "%02x", $0) }.joined()
        }

        var line: String {
            [table, Self.hex(key), expression, value.map(Self.hex) ?? "NULL"].joined(separator: "\t")
        }
    }

    private static let tricky = "Rødhåd's \"Dystopian\" \\ , \n\r\t 🎧 $$ -- ; \\' E'x'"

    /// Items whose load exercises every table, every escape, and updates within one load.
    private static var items: [ExtractedItem] {
        var staleCompact = SinkFixtures.compactTrack
        staleCompact.title = "stale title, replaced later in the same file"
        staleCompact.metadata.credits = [CreditItem(name: "Old", role: "Old Role"), CreditItem(name: "Gone", role: "Gone")]
        let trickyTrack = TrackItem(
            title: tricky, artistName: tricky, normalizedTitle: tricky, releaseID: 99, remixType: tricky,
            metadata: TrackMetadata(releaseTitle: tricky, position: tricky, credits: [CreditItem(name: tricky, role: tricky)]),
            scrapeTimestamp: SinkFixtures.timestamp)
        var artistWithoutBio = SinkFixtures.artist
        artistWithoutBio.bio = nil
        var firstLabel = SinkFixtures.label
        firstLabel.catalogNumbers = ["FIGURE X 12"]
        var secondLabel = SinkFixtures.label
        secondLabel.catalogNumbers = ["FIG, 13"]
        return [
            .track(staleCompact), .track(SinkFixtures.track), .track(SinkFixtures.plainTrack), .track(trickyTrack),
            .track(SinkFixtures.compactTrack), .artist(SinkFixtures.artist), .artist(artistWithoutBio),
            .artist(SinkFixtures.compactArtist), .label(firstLabel), .label(secondLabel), .label(SinkFixtures.compactLabel),
        ]
    }

    private static let credits = #"(SELECT string_agg(artist_name || '=' || role, '|' ORDER BY ordinal) FROM "discogs"."credits" c WHERE c.track_key = "tracks".item_key)"#
    private static let trackArtists = #"(SELECT string_agg(artist_name || '/' || coalesce(anv, '-') || '/' || coalesce(join_phrase, '-'), '|' ORDER BY ordinal) FROM "discogs"."track_artists" a WHERE a.track_key = "tracks".item_key)"#

    private static var expectations: [Expectation] {
        let track = SinkFixtures.track
        let trickyKey = "99:" + tricky
        return [
            Expectation(table: "tracks", key: "1234567:A1", expression: "track_name", value: track.title),
            Expectation(table: "tracks", key: "1234567:A1", expression: "artist_name", value: track.artistName),
            Expectation(table: "tracks", key: "1234567:A1", expression: "metadata->>'release_title'", value: track.metadata.releaseTitle),
            Expectation(table: "tracks", key: "1234567:A1", expression: "metadata->>'match_confidence'", value: "0.93"),
            Expectation(table: "tracks", key: "1234567:A1", expression: "external_urls->>'discogs_master'", value: "https://www.discogs.com/master/98765"),
            Expectation(table: "tracks", key: "1234567:A1", expression: "is_remix", value: "true"),
            Expectation(table: "tracks", key: "1234567:A1", expression: "scrape_timestamp AT TIME ZONE 'UTC'", value: "2024-05-01 12:00:00"),
            Expectation(table: "tracks", key: "1234567:A1", expression: trackArtists, value: "Rodhad/Rødhåd/,|Dax J/-/-"),
            Expectation(table: "tracks", key: "1234567:A1", expression: credits, value: "Dax J=Remix|O'Brien=Written-By"),
            Expectation(table: "tracks", key: "42:~Untitled", expression: "duration_ms", value: nil),
            Expectation(table: "tracks", key: "42:~Untitled", expression: "position", value: nil),
            Expectation(table: "tracks", key: "7:A1", expression: "track_name", value: SinkFixtures.compactTrack.title),
            Expectation(table: "tracks", key: "7:A1", expression: "artist_name", value: #"A\B"#),
            Expectation(table: "tracks", key: "7:A1", expression: credits, value: "O'Brien=Producer"),
            Expectation(table: "tracks", key: trickyKey, expression: "track_name", value: tricky),
            Expectation(table: "tracks", key: trickyKey, expression: "position", value: tricky),
            Expectation(table: "tracks", key: trickyKey, expression: "remix_type", value: tricky),
            Expectation(table: "tracks", key: trickyKey, expression: "metadata->>'release_title'", value: tricky),
            Expectation(table: "tracks", key: trickyKey, expression: credits, value: tricky + "=" + tricky),
            Expectation(table: "artists", key: "2108297", expression: "bio", value: SinkFixtures.artist.bio),
            Expectation(table: "artists", key: "2108297", expression: "metadata->'name_variations'->>0", value: "Rødhåd"),
            Expectation(table: "artists", key: "5", expression: "bio", value: "It's\r\nfine"),
            Expectation(table: "labels", key: "31425", expression: "array_to_string(catalog_numbers, '|')", value: "FIG, 13|FIGURE X 12"),
            Expectation(table: "labels", key: "3", expression: "label_name", value: "Fig, Inc."),
            Expectation(table: "labels", key: "3", expression: "array_to_string(catalog_numbers, '|')", value: "F'1"),
        ]
    }

    @Test func writesAScriptForThePostgreSQLCheck() async throws {
        let requested = ProcessInfo.processInfo.environment["DISCOGSKIT_SQL_OUT"].flatMap { $0.isEmpty ? nil : $0 }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("DiscogsKitSQL-\(UUID().uuidString)")
        if requested == nil { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }
        defer { if requested == nil { try? FileManager.default.removeItem(at: directory) } }
        let path = requested ?? directory.appendingPathComponent("items.sql").path

        let sink = try SQLSink(destination: try FileDestination(path: path))
        try await sink.write(contentsOf: Self.items)
        try await sink.close()
        let expectationText = Self.expectations.map(\.line).joined(separator: "\n") + "\n"
        try Data(expectationText.utf8).write(to: URL(fileURLWithPath: path + ".expected"))

        let script = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(script.hasPrefix("-- DiscogsKit items for PostgreSQL"))
        #expect(script.hasSuffix("\nCOMMIT;\n"))
        #expect(script.components(separatedBy: "INSERT INTO \"discogs\".\"tracks\"").count == 6)
        #expect(script.components(separatedBy: "INSERT INTO \"discogs\".\"labels\"").count == 4)
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path + ".expected")), as: UTF8.self)
            .split(separator: "\n")
        #expect(lines.count == Self.expectations.count)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
    }
}
