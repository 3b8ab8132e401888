/// One row of a tracklist (`tracklist[]`, `sub_tracks[]`): a track, a heading or an index track
/// whose parts are in ``subTracks``.
///
/// Values are kept as Discogs sends them: ``position`` is free text (`"A1"`, `"1-12"`, `"1."`)
/// and ``duration`` is the raw `"M:SS"` text; parsing both is the job of the parsers, not of the
/// model. Blank ones (`""`, which Discogs sends for headings and unknown lengths) are nil.
///
/// ```swift
/// for track in release.tracklist where track.type == .track {
///     print(track.position ?? "", track.title, track.duration ?? "")
/// }
/// ```
public struct Track: Sendable, Hashable, Codable {
    /// The position as printed, e.g. `"A1"`, `"1-01"`, `"3.2"`; nil when blank or null (headings,
    /// most index tracks).
    public var position: String?
    /// The kind of row (`type_`); ``TrackType/track`` when the key is missing.
    public var type: TrackType
    /// The title.
    public var title: String
    /// The length as sent, e.g. `"3:32"`; nil when unknown (Discogs sends `""`).
    public var duration: String?
    /// The track's own main artists (compilations, splits); empty when the release's artists apply.
    public var artists: [ArtistCredit]
    /// Track-level credits such as Remix, Featuring or Producer; empty when none.
    public var extraArtists: [ArtistCredit]
    /// The parts of an index track (`sub_tracks`); empty for other rows.
    public var subTracks: [Track]

    /// Creates a tracklist row.
    public init(position: String? = nil, type: TrackType = .track, title: String, duration: String? = nil,
                artists: [ArtistCredit] = [], extraArtists: [ArtistCredit] = [], subTracks: [Track] = []) {
        self.position = position
        self.type = type
        self.title = title
        self.duration = duration
        self.artists = artists
        self.extraArtists = extraArtists
        self.subTracks = subTracks
    }

    /// Decodes a row; only `title` is required.
    ///
    /// - Throws: `DecodingError` when `title` is missing or not text (a tracklist skips and
    ///   reports such a row rather than failing).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        position = try c.decodeStringOrNumberIfPresent(forKey: .position)
        type = try c.decodeLossyEnumIfPresent(TrackType.self, forKey: .type) ?? .track
        title = try c.decode(String.self, forKey: .title)
        duration = try c.decodeNonEmptyStringIfPresent(forKey: .duration)
        artists = try c.decodeLossyArray([ArtistCredit].self, forKey: .artists)
        extraArtists = try c.decodeLossyArray([ArtistCredit].self, forKey: .extraArtists)
        subTracks = try c.decodeLossyArray([Track].self, forKey: .subTracks)
    }

    enum CodingKeys: String, CodingKey {
        case position, title, duration, artists
        case type = "type_"
        case extraArtists = "extraartists"
        case subTracks = "sub_tracks"
    }
}
