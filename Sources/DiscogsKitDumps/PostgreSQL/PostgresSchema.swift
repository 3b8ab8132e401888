/// The PostgreSQL tables the four dump kinds load into, and the scripts that create and load them.
///
/// Loading is truncate-and-load, in one transaction per kind: the kind's tables are created if
/// missing, their key and indexes dropped, emptied, filled by COPY, then the key and indexes built
/// (faster than keeping them during the load) and the tables analysed. A reload of the same or a
/// newer dump replaces the kind's rows; readers see the old rows until the commit. Ids keep
/// Discogs' meaning; `ordinal` columns keep each list's order from 0.
public enum PostgresSchema {
    /// The dump kinds, by the names the CLI takes.
    public static let kinds = ["releases", "masters", "artists", "labels"]

    private static let credit: [(String, String)] = [
        ("ordinal", "integer"), ("artist_id", "bigint"), ("name", "text"), ("anv", "text"), ("join_phrase", "text"),
        ("role", "text"), ("tracks", "text"), ("is_extra", "boolean"),
    ]
    private static let video: [(String, String)] = [
        ("ordinal", "integer"), ("uri", "text"), ("title", "text"), ("description", "text"), ("duration", "integer"),
        ("embed", "boolean"),
    ]

    /// The tables of one dump kind (`releases`, `masters`, `artists` or `labels`), the main one first.
    public static func tables(for kind: String) -> [PostgresTable] {
        switch kind {
        case "releases":
            return [
                PostgresTable("releases", [
                    ("id", "bigint"), ("status", "text"), ("title", "text"), ("artists", "text"), ("country", "text"),
                    ("released", "text"), ("notes", "text"), ("data_quality", "text"), ("master_id", "bigint"),
                    ("is_main_release", "boolean"), ("genres", "text[]"), ("styles", "text[]"),
                ], primaryKey: ["id"], indexed: ["master_id"]),
                PostgresTable("release_artists", [("release_id", "bigint")] + credit, indexed: ["release_id", "artist_id"]),
                PostgresTable("release_labels", [
                    ("release_id", "bigint"), ("ordinal", "integer"), ("label_id", "bigint"), ("name", "text"), ("catno", "text"),
                ], indexed: ["release_id", "label_id"]),
                PostgresTable("release_companies", [
                    ("release_id", "bigint"), ("ordinal", "integer"), ("company_id", "bigint"), ("name", "text"),
                    ("catno", "text"), ("entity_type", "text"), ("entity_type_name", "text"),
                ], indexed: ["release_id", "company_id"]),
                PostgresTable("release_formats", [
                    ("release_id", "bigint"), ("ordinal", "integer"), ("name", "text"), ("quantity", "integer"),
                    ("text", "text"), ("descriptions", "text[]"),
                ], indexed: ["release_id"]),
                PostgresTable("release_identifiers", [
                    ("release_id", "bigint"), ("ordinal", "integer"), ("type", "text"), ("value", "text"), ("description", "text"),
                ], indexed: ["release_id"]),
                PostgresTable("release_videos", [("release_id", "bigint")] + video, indexed: ["release_id"]),
                PostgresTable("release_tracks", [
                    ("release_id", "bigint"), ("ordinal", "integer"), ("parent_ordinal", "integer"), ("position", "text"),
                    ("type", "text"), ("title", "text"), ("duration", "text"),
                ], primaryKey: ["release_id", "ordinal"]),
                PostgresTable("release_track_artists", [("release_id", "bigint"), ("track_ordinal", "integer")] + credit,
                              indexed: ["release_id", "artist_id"]),
            ]
        case "masters":
            return [
                PostgresTable("masters", [
                    ("id", "bigint"), ("title", "text"), ("artists", "text"), ("main_release", "bigint"), ("year", "integer"),
                    ("notes", "text"), ("data_quality", "text"), ("genres", "text[]"), ("styles", "text[]"),
                ], primaryKey: ["id"], indexed: ["main_release"]),
                PostgresTable("master_artists", [("master_id", "bigint")] + credit, indexed: ["master_id", "artist_id"]),
                PostgresTable("master_videos", [("master_id", "bigint")] + video, indexed: ["master_id"]),
            ]
        case "artists":
            return [
                PostgresTable("artists", [
                    ("id", "bigint"), ("name", "text"), ("real_name", "text"), ("profile", "text"), ("data_quality", "text"),
                    ("name_variations", "text[]"), ("urls", "text[]"),
                ], primaryKey: ["id"]),
                PostgresTable("artist_aliases", [("artist_id", "bigint"), ("ordinal", "integer"), ("alias_id", "bigint"), ("name", "text")],
                              indexed: ["artist_id", "alias_id"]),
                PostgresTable("artist_members", [
                    ("artist_id", "bigint"), ("ordinal", "integer"), ("member_id", "bigint"), ("name", "text"), ("active", "boolean"),
                ], indexed: ["artist_id", "member_id"]),
                PostgresTable("artist_groups", [("artist_id", "bigint"), ("ordinal", "integer"), ("group_id", "bigint"), ("name", "text")],
                              indexed: ["artist_id", "group_id"]),
            ]
        default:
            return [
                PostgresTable("labels", [
                    ("id", "bigint"), ("name", "text"), ("contact_info", "text"), ("profile", "text"), ("data_quality", "text"),
                    ("parent_id", "bigint"), ("parent_name", "text"), ("urls", "text[]"),
                ], primaryKey: ["id"], indexed: ["parent_id"]),
                PostgresTable("label_sublabels", [("label_id", "bigint"), ("ordinal", "integer"), ("sublabel_id", "bigint"), ("name", "text")],
                              indexed: ["label_id", "sublabel_id"]),
            ]
        }
    }

    /// `schema.sql`: every table of every kind, created if missing (keys and indexes come with the load).
    public static var schemaScript: String {
        "-- DiscogsKit's tables for the Discogs monthly dumps (written by `discogs dump KIND FILE --format pgcopy`).\n"
            + "-- Keys and indexes are built by each load-KIND.sql after its COPY.\n\n"
            + kinds.flatMap(tables(for:)).map(\.createStatement).joined(separator: "\n\n") + "\n"
    }

    /// `load-KIND.sql`: the idempotent truncate-and-load of one kind, run by psql in the folder
    /// holding the COPY files.
    public static func loadScript(for kind: String) -> String {
        let tables = tables(for: kind)
        var lines = [
            "-- Loads the \(kind) of a Discogs dump: cd to this folder, then",
            "--   psql -v ON_ERROR_STOP=1 -f load-\(kind).sql",
            "-- Truncate-and-load in one transaction: a reload replaces the rows; keys and indexes are built after the COPY.",
            "\\set ON_ERROR_STOP on",
            "SET client_min_messages = warning;",
            "BEGIN;",
            "\\ir schema.sql",
        ]
        for table in tables {
            if !table.primaryKey.isEmpty { lines.append("ALTER TABLE \(table.name) DROP CONSTRAINT IF EXISTS \(table.constraintName);") }
            for column in table.indexed { lines.append("DROP INDEX IF EXISTS \(table.indexName(column));") }
        }
        lines.append("TRUNCATE " + tables.map(\.name).joined(separator: ", ") + ";")
        for table in tables {
            lines.append("\\copy \(table.name) (\(table.columns.map(\.name).joined(separator: ", "))) FROM '\(table.fileName)'")
        }
        for table in tables {
            if !table.primaryKey.isEmpty {
                lines.append("ALTER TABLE \(table.name) ADD CONSTRAINT \(table.constraintName) PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")));")
            }
            for column in table.indexed { lines.append("CREATE INDEX \(table.indexName(column)) ON \(table.name) (\(column));") }
        }
        lines.append("COMMIT;")
        lines += tables.map { "ANALYZE \($0.name);" }
        return lines.joined(separator: "\n") + "\n"
    }
}
