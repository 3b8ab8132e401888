import DiscogsKit
import Foundation
import Testing

@Suite struct ItemCodingTests {
    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    @Test func trackUsesSongNodesFieldNamesAndNullForAbsentValues() throws {
        #expect(try json(SinkFixtures.plainTrack) == """
            {"artist_name":"Unknown Artist","catalog_number":null,"data_source":"discogs","discogs_id":42,\
            "duration_ms":null,"external_urls":{"discogs":"https://www.discogs.com/release/42",\
            "discogs_api":"https://api.discogs.com/releases/42"},"genre":null,"is_live":false,"is_remix":false,\
            "item_type":"track","metadata":{},"normalized_title":"untitled","record_label":null,\
            "release_date":null,"remix_type":null,"scrape_timestamp":"2024-05-01T12:00:00Z","subgenre":null,\
            "track_name":"Untitled"}
            """)
    }

    @Test func trackMetadataWritesOnlyPresentKeysInSnakeCase() throws {
        #expect(try json(SinkFixtures.track.metadata) == """
            {"artists":[{"anv":"Rødhåd","artist_id":2108297,"join":",","name":"Rodhad"},\
            {"artist_id":1234568,"name":"Dax J"}],"country":"Germany","credits":[{"artist_id":1234568,\
            "name":"Dax J","role":"Remix"},{"name":"O'Brien","role":"Written-By"}],"formats":[{"descriptions":\
            ["12\\"","EP"],"name":"Vinyl","qty":1}],"genres":["Electronic"],"labels":[{"catalog_number":\
            "FIGURE X 12","label_id":31425,"name":"Figure"}],"master_id":98765,"match_confidence":0.93,\
            "match_reasons":["title","artist"],"position":"A1","release_title":"Back\\\\Slash\\nNew Line 🎧",\
            "styles":["Techno","Industrial"],"target_row":12}
            """)
    }

    @Test func artistAndLabelUseTheirFieldNames() throws {
        #expect(try json(SinkFixtures.artist) == """
            {"artist_name":"Rødhåd","bio":"Berlin's Dystopian founder.\\nC:\\\\techno","data_source":"discogs",\
            "discogs_id":2108297,"external_urls":{"discogs":"https://www.discogs.com/artist/2108297",\
            "discogs_api":"https://api.discogs.com/artists/2108297"},"item_type":"artist","metadata":\
            {"name_variations":["Rødhåd"],"roles":["Main"],"source_release_id":1234567},\
            "normalized_name":"rodhad","scrape_timestamp":"2024-05-01T12:00:00Z"}
            """)
        #expect(try json(SinkFixtures.label) == """
            {"catalog_numbers":["FIGURE X 12","FIG, 13"],"data_source":"discogs","discogs_id":31425,\
            "external_urls":{"discogs":"https://www.discogs.com/label/31425","discogs_api":\
            "https://api.discogs.com/labels/31425"},"item_type":"label","label_name":"Figure","metadata":{},\
            "normalized_name":"figure","scrape_timestamp":"2024-05-01T12:00:00Z"}
            """)
    }

    @Test func itemsRoundTripThroughJSON() throws {
        for item in SinkFixtures.items + [.track(SinkFixtures.plainTrack)] {
            #expect(try decode(ExtractedItem.self, try json(item)) == item)
        }
    }

    @Test func externalURLsIncludeTheMasterWhenKnown() {
        #expect(SinkFixtures.track.externalURLs == [
            "discogs": "https://www.discogs.com/release/1234567",
            "discogs_api": "https://api.discogs.com/releases/1234567",
            "discogs_master": "https://www.discogs.com/master/98765",
        ])
        #expect(ArtistItem(name: "X", normalizedName: "x").externalURLs.isEmpty)
    }

    @Test(arguments: [
        (Date(timeIntervalSince1970: 1_714_564_800), "2024-05-01T12:00:00Z"),
        (Date(timeIntervalSince1970: 1_714_564_800.25), "2024-05-01T12:00:00.250Z"),
        (Date(timeIntervalSince1970: 1_714_564_800.123), "2024-05-01T12:00:00.123Z"),
        (Date(timeIntervalSince1970: 1_714_564_800.9996), "2024-05-01T12:00:01Z"),
    ])
    func scrapeTimestampIsISO8601InUTC(date: Date, expected: String) throws {
        var track = SinkFixtures.plainTrack
        track.scrapeTimestamp = date
        #expect(try json(track).contains("\"scrape_timestamp\":\"\(expected)\""))
    }

    @Test(arguments: [
        ("2024-05-01T12:00:00Z", 1_714_564_800.0),
        ("2024-05-01T14:00:00+02:00", 1_714_564_800.0),
        ("2024-05-01T12:00:00.500Z", 1_714_564_800.5),
    ])
    func scrapeTimestampReadsOffsetsAndFractions(text: String, seconds: Double) throws {
        let source = try json(SinkFixtures.plainTrack).replacingOccurrences(of: "2024-05-01T12:00:00Z", with: text)
        let track = try decode(TrackItem.self, source)
        #expect(abs(track.scrapeTimestamp.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test(arguments: [
        ("\"scrape_timestamp\":\"2024-05-01T12:00:00Z\"", "\"scrape_timestamp\":\"2024-05-01 12:00\"", "2024-05-01 12:00"),
        ("\"item_type\":\"track\"", "\"item_type\":\"artist\"", "item_type is \"artist\", expected \"track\""),
        ("\"discogs_id\":42", "\"discogs_id\":0", "discogs_id must be a positive release id, not 0"),
        ("\"duration_ms\":null", "\"duration_ms\":-5", "duration_ms must not be negative, not -5"),
        ("\"metadata\":{}", "\"metadata\":{\"match_confidence\":1.5}", "match_confidence must be within 0…1, not 1.5"),
        ("\"track_name\":\"Untitled\"", "\"track_name\":7", "track_name"),
    ])
    func badTrackJSONIsRejectedNamingTheField(original: String, replacement: String, message: String) throws {
        let source = try json(SinkFixtures.plainTrack).replacingOccurrences(of: original, with: replacement)
        #expect(source.contains(replacement))
        let error = #expect(throws: DecodingError.self) { try decode(TrackItem.self, source) }
        #expect(String(describing: error).contains(message))
    }

    @Test func extractedItemNeedsAKnownItemType() throws {
        let unknown = #expect(throws: DecodingError.self) {
            try decode(ExtractedItem.self, #"{"item_type":"playlist"}"#)
        }
        #expect(String(describing: unknown).contains("item_type \"playlist\" is not one of track, artist, label"))
        #expect(throws: DecodingError.self) { try decode(ExtractedItem.self, #"{"track_name":"x"}"#) }
    }

    @Test(arguments: [
        (ExtractedItem.track(SinkFixtures.track), "1234567:A1", "track:1234567:A1"),
        (.track(SinkFixtures.plainTrack), "42:~Untitled", "track:42:~Untitled"),
        (.artist(SinkFixtures.artist), "2108297", "artist:2108297"),
        (.artist(ArtistItem(name: "Anonymous", normalizedName: "anonymous")), "~anonymous", "artist:~anonymous"),
        (.label(SinkFixtures.label), "31425", "label:31425"),
        (.label(LabelItem(name: "White", normalizedName: "white")), "~white", "label:~white"),
    ])
    func keysAreStablePerKind(item: ExtractedItem, itemKey: String, key: String) {
        #expect(item.itemKey == itemKey)
        #expect(item.key == key)
    }

    @Test func displayNamePrefersTheNameVariation() {
        #expect(TrackMetadata.Artist(name: "Rodhad", nameVariation: "Rødhåd").displayName == "Rødhåd")
        #expect(TrackMetadata.Artist(name: "Rodhad", nameVariation: "").displayName == "Rodhad")
    }
}
