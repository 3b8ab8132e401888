/// One artist in a credit list: the main credit of a release, master or track (`artists`) or a
/// contributing credit with a role (`extraartists`).
///
/// Discogs sends unused parts as `""`; they decode as `nil` (``anv``, ``join``, ``role``,
/// ``tracks``, ``resourceURL``, ``thumbnailURL``).
///
/// ```swift
/// let line = release.artists.map { [$0.displayName, $0.join].compactMap { $0 }.joined(separator: " ") }
///     .joined(separator: " ") // "Stephan-G & The Persuader"
/// ```
public struct ArtistCredit: Sendable, Hashable, Codable {
    /// The artist's database name, e.g. `"Aphex Twin"` or `"Persuader, The"`; may end in a
    /// disambiguator such as `" (2)"`.
    public var name: String
    /// The artist name variation printed on the release (`anv`), or nil when the plain name is used.
    public var anv: String?
    /// The text joining this artist to the next one (`"&"`, `","`, `"Feat."`, `"Vs"`), or nil.
    public var join: String?
    /// The role of a contributing credit, e.g. `"Producer, Written-By"`; nil for main artists.
    public var role: String?
    /// The track positions a release-level credit applies to, e.g. `"A1, B2 to B4"`; nil when it
    /// covers the whole release.
    public var tracks: String?
    /// The artist's database id, when sent.
    public var id: Int?
    /// The artist's API URL (`resource_url`).
    public var resourceURL: String?
    /// The artist's thumbnail image URL (`thumbnail_url`, newer answers); nil when absent or blank.
    public var thumbnailURL: String?

    /// The name to show: the ``anv`` when there is one, otherwise the ``name``.
    public var displayName: String { anv ?? name }

    /// Creates a credit.
    public init(name: String, anv: String? = nil, join: String? = nil, role: String? = nil, tracks: String? = nil,
                id: Int? = nil, resourceURL: String? = nil, thumbnailURL: String? = nil) {
        self.name = name
        self.anv = anv
        self.join = join
        self.role = role
        self.tracks = tracks
        self.id = id
        self.resourceURL = resourceURL
        self.thumbnailURL = thumbnailURL
    }

    /// Decodes a credit; only `name` is required.
    ///
    /// - Throws: `DecodingError` when `name` is missing or not text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        anv = try c.decodeNonEmptyStringIfPresent(forKey: .anv)
        join = try c.decodeNonEmptyStringIfPresent(forKey: .join)
        role = try c.decodeNonEmptyStringIfPresent(forKey: .role)
        tracks = try c.decodeNonEmptyStringIfPresent(forKey: .tracks)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        thumbnailURL = try c.decodeNonEmptyStringIfPresent(forKey: .thumbnailURL)
    }

    enum CodingKeys: String, CodingKey {
        case name, anv, join, role, tracks, id
        case resourceURL = "resource_url"
        case thumbnailURL = "thumbnail_url"
    }
}

extension ArtistCredit: ArtistCreditNaming {}
