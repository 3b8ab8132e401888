import Foundation

/// The upsert statements ``SQLSink`` writes for each item.
///
/// Each item is `INSERT … ON CONFLICT (key) DO UPDATE SET` every other column to the new
/// value, with two exceptions: an artist's `bio` keeps its stored value when the new item has
/// none, and a label's `catalog_numbers` become the sorted union of stored and new ones. A
/// track's `track_artists` and `credits` rows are replaced: deleted, then inserted again.
struct SQLStatements {
    let schema: SQLSchema
    let encoder: JSONEncoder

    /// The statements for `item`, each ending in `;` and a newline.
    func upsert(_ item: ExtractedItem) throws -> String {
        if let problem = item.problem { throw SinkError.invalidItem(key: item.key, reason: problem) }
        switch item {
        case .track(let track): return try upsert(track, key: item.key)
        case .artist(let artist): return try upsert(artist, key: item.key)
        case .label(let label): return try upsert(label, key: item.key)
        }
    }

    private func upsert(_ track: TrackItem, key: String) throws -> String {
        var row = SQLValueList(key: key)
        try row.text(track.itemKey, field: "item_key")
        row.integer(track.releaseID)
        try row.text(track.metadata.position, field: "metadata.position")
        try row.text(track.title, field: "track_name")
        try row.text(track.artistName, field: "artist_name")
        try row.text(track.normalizedTitle, field: "normalized_title")
        row.integer(track.durationMilliseconds)
        try row.text(track.recordLabel, field: "record_label")
        try row.text(track.catalogNumber, field: "catalog_number")
        try row.text(track.genre, field: "genre")
        try row.text(track.subgenre, field: "subgenre")
        try row.text(track.releaseDate, field: "release_date")
        row.boolean(track.isRemix)
        row.boolean(track.isLive)
        try row.text(track.remixType, field: "remix_type")
        try appendShared(track.metadata, track.externalURLs, track.dataSource, track.scrapeTimestamp, to: &row)
        let columns = ["item_key", "discogs_id", "position", "track_name", "artist_name", "normalized_title",
                       "duration_ms", "record_label", "catalog_number", "genre", "subgenre", "release_date",
                       "is_remix", "is_live", "remix_type"] + Self.sharedColumns
        var sql = insert(into: "tracks", columns: columns, rows: [row], conflict: ["item_key"])

        let trackKey = try literal(track.itemKey, key: key)
        var artistRows: [SQLValueList] = []
        for (index, artist) in (track.metadata.artists ?? []).enumerated() {
            var artistRow = SQLValueList(key: key)
            try artistRow.text(track.itemKey, field: "item_key")
            artistRow.integer(index + 1)
            try artistRow.text(artist.name, field: "metadata.artists.name")
            artistRow.integer(artist.artistID)
            try artistRow.text(artist.nameVariation, field: "metadata.artists.anv")
            try artistRow.text(artist.joinPhrase, field: "metadata.artists.join")
            artistRows.append(artistRow)
        }
        sql += "DELETE FROM \(schema.name("track_artists")) WHERE track_key = \(trackKey);\n"
        sql += insert(into: "track_artists", columns: ["track_key", "ordinal", "artist_name", "artist_id", "anv", "join_phrase"],
                      rows: artistRows, conflict: ["track_key", "ordinal"])

        var creditRows: [SQLValueList] = []
        for (index, credit) in (track.metadata.credits ?? []).enumerated() {
            var creditRow = SQLValueList(key: key)
            try creditRow.text(track.itemKey, field: "item_key")
            creditRow.integer(index + 1)
            try creditRow.text(credit.name, field: "metadata.credits.name")
            try creditRow.text(credit.role, field: "metadata.credits.role")
            creditRow.integer(credit.artistID)
            creditRows.append(creditRow)
        }
        sql += "DELETE FROM \(schema.name("credits")) WHERE track_key = \(trackKey);\n"
        sql += insert(into: "credits", columns: ["track_key", "ordinal", "artist_name", "role", "artist_id"],
                      rows: creditRows, conflict: ["track_key", "ordinal"])
        return sql
    }

    private func upsert(_ artist: ArtistItem, key: String) throws -> String {
        var row = SQLValueList(key: key)
        try row.text(artist.itemKey, field: "item_key")
        row.integer(artist.discogsID)
        try row.text(artist.name, field: "artist_name")
        try row.text(artist.normalizedName, field: "normalized_name")
        try row.text(artist.bio, field: "bio")
        try appendShared(artist.metadata, artist.externalURLs, artist.dataSource, artist.scrapeTimestamp, to: &row)
        let columns = ["item_key", "discogs_id", "artist_name", "normalized_name", "bio"] + Self.sharedColumns
        return insert(into: "artists", columns: columns, rows: [row], conflict: ["item_key"],
                      overrides: ["bio": "COALESCE(EXCLUDED.bio, \(schema.name("artists")).bio)"])
    }

    private func upsert(_ label: LabelItem, key: String) throws -> String {
        var row = SQLValueList(key: key)
        try row.text(label.itemKey, field: "item_key")
        row.integer(label.discogsID)
        try row.text(label.name, field: "label_name")
        try row.text(label.normalizedName, field: "normalized_name")
        try row.textArray(label.catalogNumbers, field: "catalog_numbers")
        try appendShared(label.metadata, label.externalURLs, label.dataSource, label.scrapeTimestamp, to: &row)
        let columns = ["item_key", "discogs_id", "label_name", "normalized_name", "catalog_numbers"] + Self.sharedColumns
        let union = "ARRAY(SELECT DISTINCT number FROM unnest(\(schema.name("labels")).catalog_numbers"
            + " || EXCLUDED.catalog_numbers) AS number ORDER BY number)"
        return insert(into: "labels", columns: columns, rows: [row], conflict: ["item_key"],
                      overrides: ["catalog_numbers": union])
    }

    /// The columns every item table ends with, in the order ``appendShared(_:_:_:_:to:)`` fills them.
    static let sharedColumns = ["metadata", "external_urls", "data_source", "scrape_timestamp"]

    /// Appends the values of ``sharedColumns``.
    private func appendShared(_ metadata: some Encodable, _ externalURLs: [String: String], _ dataSource: String,
                              _ scrapeTimestamp: Date, to row: inout SQLValueList) throws {
        try row.json(metadata, field: "metadata", encoder: encoder)
        try row.json(externalURLs, field: "external_urls", encoder: encoder)
        try row.text(dataSource, field: "data_source")
        row.timestamp(scrapeTimestamp)
    }

    /// `INSERT INTO table (columns) VALUES rows ON CONFLICT (conflict) DO UPDATE SET …;`, or
    /// nothing for no rows. Every non-key column is set to `EXCLUDED.column` unless `overrides`
    /// gives its expression.
    private func insert(
        into table: String, columns: [String], rows: [SQLValueList], conflict: [String],
        overrides: [String: String] = [:]
    ) -> String {
        guard !rows.isEmpty else { return "" }
        let updates = columns.filter { !conflict.contains($0) }
            .map { "\($0) = \(overrides[$0] ?? "EXCLUDED.\($0)")" }
        return "INSERT INTO \(schema.name(table)) (\(columns.joined(separator: ", "))) VALUES\n"
            + rows.map(\.tuple).joined(separator: ",\n") + "\n"
            + "ON CONFLICT (\(conflict.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "));\n"
    }

    private func literal(_ value: String, key: String) throws -> String {
        guard let literal = SQLValueList.literal(value) else {
            throw SinkError.invalidItem(key: key, reason: "item_key contains U+0000 (NUL), which PostgreSQL cannot store")
        }
        return literal
    }
}
