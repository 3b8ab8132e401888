/// The PostgreSQL tables ``SQLSink`` writes and their `CREATE … IF NOT EXISTS` statements.
///
/// Every table's primary key is what an upsert conflicts on, so loading the same script twice
/// updates rows instead of adding them: `tracks`, `artists` and `labels` by `item_key` (the
/// item's ``ExtractedItem/itemKey``), `track_artists` and `credits` by `(track_key, ordinal)`.
struct SQLSchema {
    /// The schema the tables live in, or `nil` for unqualified names.
    let schema: String?

    /// Validates `schema` as a plain identifier (letters, digits, `_`, not starting with a digit, ≤ 63 bytes).
    init(schema: String?) throws {
        if let schema {
            let valid = !schema.isEmpty && schema.utf8.count <= 63
                && schema.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
                && !("0"..."9").contains(schema.unicodeScalars.first!)
            guard valid else {
                throw SinkError.invalidConfiguration(
                    "schema \"\(schema)\" is not a plain identifier (ASCII letters, digits and _, not starting with a digit, at most 63 bytes)")
            }
        }
        self.schema = schema
    }

    /// The qualified, quoted name of `table`: `"discogs"."tracks"`.
    func name(_ table: String) -> String {
        schema.map { "\"\($0)\".\"\(table)\"" } ?? "\"\(table)\""
    }

    /// The statements that create the schema and the tables when they do not exist.
    var createStatements: String {
        var sql = ""
        if let schema { sql += "CREATE SCHEMA IF NOT EXISTS \"\(schema)\";\n" }
        sql += """
        CREATE TABLE IF NOT EXISTS \(name("tracks")) (
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
        CREATE INDEX IF NOT EXISTS tracks_discogs_id_idx ON \(name("tracks")) (discogs_id);
        CREATE TABLE IF NOT EXISTS \(name("artists")) (
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
        CREATE TABLE IF NOT EXISTS \(name("labels")) (
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
        CREATE TABLE IF NOT EXISTS \(name("track_artists")) (
            track_key text NOT NULL REFERENCES \(name("tracks")) (item_key) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            artist_name text NOT NULL,
            artist_id bigint,
            anv text,
            join_phrase text,
            PRIMARY KEY (track_key, ordinal)
        );
        CREATE TABLE IF NOT EXISTS \(name("credits")) (
            track_key text NOT NULL REFERENCES \(name("tracks")) (item_key) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            artist_name text NOT NULL,
            role text NOT NULL,
            artist_id bigint,
            PRIMARY KEY (track_key, ordinal)
        );

        """
        return sql
    }
}
