import DiscogsKit
import Foundation

/// Items with the strings that break naive writers: quotes, commas, newlines, apostrophes,
/// backslashes, emoji and non-Latin letters.
enum SinkFixtures {
    /// 2024-05-01T12:00:00Z.
    static let timestamp = Date(timeIntervalSince1970: 1_714_564_800)

    /// A remix with every field filled and tricky strings throughout.
    static let track = TrackItem(
        title: "Blind Faith (Dax J's \"Hard\" Remix)",
        artistName: "Rødhåd, Dax J",
        normalizedTitle: "blind faith",
        releaseID: 1_234_567,
        durationMilliseconds: 391_000,
        recordLabel: "Figure",
        catalogNumber: "FIGURE X 12",
        genre: "Electronic",
        subgenre: "Techno",
        releaseDate: "2019-03",
        isRemix: true,
        remixType: "Dax J's \"Hard\" Remix",
        metadata: TrackMetadata(
            releaseTitle: "Back\\Slash\nNew Line 🎧",
            position: "A1",
            country: "Germany",
            genres: ["Electronic"],
            styles: ["Techno", "Industrial"],
            artists: [
                .init(name: "Rodhad", artistID: 2_108_297, nameVariation: "Rødhåd", joinPhrase: ","),
                .init(name: "Dax J", artistID: 1_234_568),
            ],
            credits: [
                CreditItem(name: "Dax J", role: "Remix", artistID: 1_234_568),
                CreditItem(name: "O'Brien", role: "Written-By"),
            ],
            labels: [.init(name: "Figure", catalogNumber: "FIGURE X 12", labelID: 31_425)],
            formats: [.init(name: "Vinyl", quantity: 1, descriptions: ["12\"", "EP"])],
            masterID: 98_765,
            targetRow: 12,
            matchConfidence: 0.93,
            matchReasons: ["title", "artist"]
        ),
        scrapeTimestamp: timestamp
    )

    /// A track with only the required fields.
    static let plainTrack = TrackItem(
        title: "Untitled", artistName: "Unknown Artist", normalizedTitle: "untitled", releaseID: 42,
        scrapeTimestamp: timestamp)

    /// An artist whose bio has an apostrophe, a backslash and a newline.
    static let artist = ArtistItem(
        name: "Rødhåd", normalizedName: "rodhad", discogsID: 2_108_297,
        bio: "Berlin's Dystopian founder.\nC:\\techno",
        metadata: ArtistMetadata(nameVariations: ["Rødhåd"], roles: ["Main"], sourceReleaseID: 1_234_567),
        scrapeTimestamp: timestamp)

    /// A label with two catalogue numbers, one with a comma.
    static let label = LabelItem(
        name: "Figure", normalizedName: "figure", discogsID: 31_425,
        catalogNumbers: ["FIGURE X 12", "FIG, 13"], scrapeTimestamp: timestamp)

    /// A short track whose strings hold a quote, a comma, an apostrophe, a backslash, a newline
    /// and an emoji, with no external URLs, so whole outputs stay readable in tests.
    static let compactTrack = TrackItem(
        title: "Say \"Hi\", Rødhåd's 🎧", artistName: "A\\B", normalizedTitle: "say hi", releaseID: 7,
        metadata: TrackMetadata(
            releaseTitle: "Line1\nLine2", position: "A1",
            credits: [CreditItem(name: "O'Brien", role: "Producer", artistID: 9)]),
        externalURLs: [:], scrapeTimestamp: timestamp)

    /// A short artist whose bio holds an apostrophe and CR LF.
    static let compactArtist = ArtistItem(
        name: "Rødhåd", normalizedName: "rodhad", discogsID: 5, bio: "It's\r\nfine", externalURLs: [:],
        scrapeTimestamp: timestamp)

    /// A short label whose name holds a comma and whose catalogue number holds an apostrophe.
    static let compactLabel = LabelItem(
        name: "Fig, Inc.", normalizedName: "fig inc", discogsID: 3, catalogNumbers: ["F'1"], externalURLs: [:],
        scrapeTimestamp: timestamp)

    /// One compact item of each kind.
    static let compactItems: [ExtractedItem] = [.track(compactTrack), .artist(compactArtist), .label(compactLabel)]

    /// One of each kind.
    static let items: [ExtractedItem] = [.track(track), .artist(artist), .label(label)]

    /// The output of `sink` after writing `items` and closing it.
    static func output(
        of makeSink: (MemoryDestination) throws -> any ItemSink, items: [ExtractedItem]
    ) async throws -> String {
        let memory = MemoryDestination()
        let sink = try makeSink(memory)
        try await sink.write(contentsOf: items)
        try await sink.close()
        return memory.text
    }
}
