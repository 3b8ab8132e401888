import DiscogsKit
import Foundation
import Testing

@Suite struct SQLSinkTests {
    private static let preamble = """
        -- DiscogsKit items for PostgreSQL; load with: psql -v ON_ERROR_STOP=1 -f FILE
        BEGIN;
        SET LOCAL client_encoding = 'UTF8';
        SET LOCAL standard_conforming_strings = on;
        SET LOCAL client_min_messages = warning;
        CREATE SCHEMA IF NOT EXISTS "discogs";
        CREATE TABLE IF NOT EXISTS "discogs"."tracks" (
            item_key text PRIMARY KEY,
            discogs_id bigint NOT NULL,
            position text,
            track_name text NOT NULL,
            artist_name text NOT NULL,
            normalized_title text NOT NULL,
            duration_ms bigint,
            record_label text,
            catalog_number text,
            genre text,
            subgenre text,
            release_date text,
            is_remix boolean NOT NULL,
            is_live boolean NOT NULL,
            remix_type text,
            metadata jsonb NOT NULL,
            external_urls jsonb NOT NULL,
            data_source text NOT NULL,
            scrape_timestamp timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS tracks_discogs_id_idx ON "discogs"."tracks" (discogs_id);
        CREATE TABLE IF NOT EXISTS "discogs"."artists" (
            item_key text PRIMARY KEY,
            discogs_id bigint,
            artist_name text NOT NULL,
            normalized_name text NOT NULL,
            bio text,
            metadata jsonb NOT NULL,
            external_urls jsonb NOT NULL,
            data_source text NOT NULL,
            scrape_timestamp timestamptz NOT NULL
        );
        CREATE TABLE IF NOT EXISTS "discogs"."labels" (
            item_key text PRIMARY KEY,
            discogs_id bigint,
            label_name text NOT NULL,
            normalized_name text NOT NULL,
            catalog_numbers text[] NOT NULL,
            metadata jsonb NOT NULL,
            external_urls jsonb NOT NULL,
            data_source text NOT NULL,
            scrape_timestamp timestamptz NOT NULL
        );
        CREATE TABLE IF NOT EXISTS "discogs"."track_artists" (
            track_key text NOT NULL REFERENCES "discogs"."tracks" (item_key) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            artist_name text NOT NULL,
            artist_id bigint,
            anv text,
            join_phrase text,
            PRIMARY KEY (track_key, ordinal)
        );
        CREATE TABLE IF NOT EXISTS "discogs"."credits" (
            track_key text NOT NULL REFERENCES "discogs"."tracks" (item_key) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            artist_name text NOT NULL,
            role text NOT NULL,
            artist_id bigint,
            PRIMARY KEY (track_key, ordinal)
        );

        """

    private func sql(_ items: [ExtractedItem], schema: String? = "discogs") async throws -> String {
        try await SinkFixtures.output(
            of: { try SQLSink(destination: $0, configuration: .init(schema: schema)) }, items: items)
    }

    @Test func noItemsStillCreatesTheTablesInOneTransaction() async throws {
        #expect(try await sql([]) == Self.preamble + "COMMIT;\n")
    }

    @Test func writesAnUpsertPerItem() async throws {
        let statements = #"""
            INSERT INTO "discogs"."tracks" (item_key, discogs_id, position, track_name, artist_name, normalized_title, duration_ms, record_label, catalog_number, genre, subgenre, release_date, is_remix, is_live, remix_type, metadata, external_urls, data_source, scrape_timestamp) VALUES
            ('7:A1', 7, 'A1', 'Say "Hi", Rødhåd''s 🎧', 'A\B', 'say hi', NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, NULL, '{"credits":[{"artist_id":9,"name":"O''Brien","role":"Producer"}],"position":"A1","release_title":"Line1\nLine2"}'::jsonb, '{}'::jsonb, 'discogs', '2024-05-01T12:00:00Z')
            ON CONFLICT (item_key) DO UPDATE SET discogs_id = EXCLUDED.discogs_id, position = EXCLUDED.position, track_name = EXCLUDED.track_name, artist_name = EXCLUDED.artist_name, normalized_title = EXCLUDED.normalized_title, duration_ms = EXCLUDED.duration_ms, record_label = EXCLUDED.record_label, catalog_number = EXCLUDED.catalog_number, genre = EXCLUDED.genre, subgenre = EXCLUDED.subgenre, release_date = EXCLUDED.release_date, is_remix = EXCLUDED.is_remix, is_live = EXCLUDED.is_live, remix_type = EXCLUDED.remix_type, metadata = EXCLUDED.metadata, external_urls = EXCLUDED.external_urls, data_source = EXCLUDED.data_source, scrape_timestamp = EXCLUDED.scrape_timestamp;
            DELETE FROM "discogs"."track_artists" WHERE track_key = '7:A1';
            DELETE FROM "discogs"."credits" WHERE track_key = '7:A1';
            INSERT INTO "discogs"."credits" (track_key, ordinal, artist_name, role, artist_id) VALUES
            ('7:A1', 1, 'O''Brien', 'Producer', 9)
            ON CONFLICT (track_key, ordinal) DO UPDATE SET artist_name = EXCLUDED.artist_name, role = EXCLUDED.role, artist_id = EXCLUDED.artist_id;
            INSERT INTO "discogs"."artists" (item_key, discogs_id, artist_name, normalized_name, bio, metadata, external_urls, data_source, scrape_timestamp) VALUES
            ('5', 5, 'Rødhåd', 'rodhad', 'It''s
            """# + "\r\n" + #"""
            fine', '{}'::jsonb, '{}'::jsonb, 'discogs', '2024-05-01T12:00:00Z')
            ON CONFLICT (item_key) DO UPDATE SET discogs_id = EXCLUDED.discogs_id, artist_name = EXCLUDED.artist_name, normalized_name = EXCLUDED.normalized_name, bio = COALESCE(EXCLUDED.bio, "discogs"."artists".bio), metadata = EXCLUDED.metadata, external_urls = EXCLUDED.external_urls, data_source = EXCLUDED.data_source, scrape_timestamp = EXCLUDED.scrape_timestamp;
            INSERT INTO "discogs"."labels" (item_key, discogs_id, label_name, normalized_name, catalog_numbers, metadata, external_urls, data_source, scrape_timestamp) VALUES
            ('3', 3, 'Fig, Inc.', 'fig inc', ARRAY['F''1']::text[], '{}'::jsonb, '{}'::jsonb, 'discogs', '2024-05-01T12:00:00Z')
            ON CONFLICT (item_key) DO UPDATE SET discogs_id = EXCLUDED.discogs_id, label_name = EXCLUDED.label_name, normalized_name = EXCLUDED.normalized_name, catalog_numbers = ARRAY(SELECT DISTINCT number FROM unnest("discogs"."labels".catalog_numbers || EXCLUDED.catalog_numbers) AS number ORDER BY number), metadata = EXCLUDED.metadata, external_urls = EXCLUDED.external_urls, data_source = EXCLUDED.data_source, scrape_timestamp = EXCLUDED.scrape_timestamp;
            COMMIT;

            """#
        let output = try await sql(SinkFixtures.compactItems)
        #expect(output == Self.preamble + statements)
    }

    @Test func trackArtistsAreReplacedInCreditOrder() async throws {
        let output = try await sql([.track(SinkFixtures.track)])
        #expect(output.contains(#"""
            DELETE FROM "discogs"."track_artists" WHERE track_key = '1234567:A1';
            INSERT INTO "discogs"."track_artists" (track_key, ordinal, artist_name, artist_id, anv, join_phrase) VALUES
            ('1234567:A1', 1, 'Rodhad', 2108297, 'Rødhåd', ','),
            ('1234567:A1', 2, 'Dax J', 1234568, NULL, NULL)
            ON CONFLICT (track_key, ordinal) DO UPDATE SET artist_name = EXCLUDED.artist_name, artist_id = EXCLUDED.artist_id, anv = EXCLUDED.anv, join_phrase = EXCLUDED.join_phrase;

            """#))
        #expect(output.contains("('1234567:A1', 1234567, 'A1', 'Blind Faith (Dax J''s \"Hard\" Remix)', 'Rødhåd, Dax J', 'blind faith', 391000, 'Figure', 'FIGURE X 12', 'Electronic', 'Techno', '2019-03', TRUE, FALSE, "))
    }

    @Test(arguments: [
        ("Rødhåd's", "'Rødhåd''s'"),
        ("It''s", "'It''''s'"),
        ("'", "''''"),
        ("", "''"),
        (#"C:\path\n"#, #"'C:\path\n'"#),
        (#"\'"#, #"'\'''"#),
        ("Line1\nLine2", "'Line1\nLine2'"),
        ("🎧 \"Hi\", $$x$$", "'🎧 \"Hi\", $$x$$'"),
        ("'); DROP TABLE tracks; --", "'''); DROP TABLE tracks; --'"),
    ])
    func stringsBecomeStandardLiteralsWithQuotesDoubled(value: String, literal: String) async throws {
        let track = TrackItem(title: value, artistName: "Unknown Artist", normalizedTitle: "x", releaseID: 42,
                              metadata: TrackMetadata(position: "A1"), scrapeTimestamp: SinkFixtures.timestamp)
        let output = try await sql([.track(track)])
        #expect(output.contains("('42:A1', 42, 'A1', \(literal), 'Unknown Artist', 'x', NULL,"))
    }

    @Test func labelsWriteTheirCatalogueNumbersAsATextArray() async throws {
        let output = try await sql([.label(SinkFixtures.label), .label(LabelItem(name: "N", normalizedName: "n", scrapeTimestamp: SinkFixtures.timestamp))])
        #expect(output.contains("('31425', 31425, 'Figure', 'figure', ARRAY['FIGURE X 12', 'FIG, 13']::text[], '{}'::jsonb,"))
        #expect(output.contains("('~n', NULL, 'N', 'n', '{}'::text[], '{}'::jsonb, '{}'::jsonb, 'discogs', '2024-05-01T12:00:00Z')"))
    }

    @Test func noSchemaWritesUnqualifiedNames() async throws {
        let output = try await sql([.label(SinkFixtures.compactLabel)], schema: nil)
        #expect(!output.contains("CREATE SCHEMA"))
        #expect(output.contains("CREATE TABLE IF NOT EXISTS \"tracks\" ("))
        #expect(output.contains("INSERT INTO \"labels\" (item_key,"))
        #expect(output.contains("unnest(\"labels\".catalog_numbers || EXCLUDED.catalog_numbers)"))
    }

    @Test(arguments: ["", "1abc", "a-b", "a\"b", "ünï", "a b", String(repeating: "s", count: 64)])
    func schemaMustBeAPlainIdentifier(schema: String) {
        #expect(throws: SinkError.self) { try SQLSink(destination: MemoryDestination(), configuration: .init(schema: schema)) }
    }

    @Test(arguments: ["discogs", "songnodes_2", "_x", String(repeating: "s", count: 63)])
    func plainIdentifiersAreAcceptedAsSchemas(schema: String) throws {
        _ = try SQLSink(destination: MemoryDestination(), configuration: .init(schema: schema))
    }

    @Test func aNULInATextFieldIsRefusedNamingTheField() async throws {
        var track = SinkFixtures.compactTrack
        track.title = "a\u{0}b"
        let memory = MemoryDestination()
        let sink = try SQLSink(destination: memory)
        await #expect(throws: SinkError.invalidItem(
            key: "track:7:A1", reason: "track_name contains U+0000 (NUL), which PostgreSQL cannot store")) {
            try await sink.write(.track(track))
        }
        try await sink.close()
        #expect(!memory.text.contains("INSERT"))
    }

    @Test func aNULInsideMetadataIsRefusedButAnEscapedBackslashIsNot() async throws {
        var track = SinkFixtures.compactTrack
        track.metadata.releaseTitle = "a\u{0}b"
        let sink = try SQLSink(destination: MemoryDestination())
        await #expect(throws: SinkError.invalidItem(
            key: "track:7:A1", reason: "metadata contains U+0000 (NUL), which PostgreSQL cannot store")) {
            try await sink.write(.track(track))
        }
        track.metadata.releaseTitle = #"literally \u0000"#
        try await sink.write(.track(track))
        try await sink.close()
    }
}
