/// The naming fields of one Discogs artist credit: what ``ArtistCreditFormatter`` needs.
///
/// Discogs' `ArtistCredit` objects (`artists` and `extraartists` of releases, masters and
/// tracks) carry these fields; unused ones are `""`, never null. Any type with them can be
/// formatted, such as the library's own artist-credit model or ``ArtistCreditName``.
///
/// ### Implement a custom credit type
/// ```swift
/// struct Credit: ArtistCreditNaming {
///     var name: String
///     var anv: String? = nil
///     var join: String? = nil
///     var id: Int? = nil
/// }
/// ArtistCreditFormatter.displayString(for: [Credit(name: "Josh Wink", join: "&"), Credit(name: "Lil' Louis")])
/// // "Josh Wink & Lil' Louis"
/// ```
public protocol ArtistCreditNaming {
    /// The artist's name, possibly with a disambiguation suffix: `"Aphex Twin (2)"`.
    var name: String { get }
    /// The artist name variation the release credits, or `nil`/`""` when it uses the name.
    var anv: String? { get }
    /// The phrase joining this artist to the next one (`"&"`, `","`, `"Feat."`, `"vs"`), or
    /// `nil`/`""`.
    var join: String? { get }
    /// The Discogs artist id (`194` is "Various"); `nil` or `0` when unknown.
    var id: Int? { get }
}

/// A plain artist credit with just the naming fields, for callers without a full model.
///
/// Decodes from Discogs JSON (`{"name": …, "anv": …, "join": …, "id": …}`), where every field
/// but `name` may be missing or null.
///
/// ```swift
/// let credits = [ArtistCreditName(name: "DJ Breeze", anv: "Breeze", join: "vs."),
///                ArtistCreditName(name: "Lost Witness")]
/// ArtistCreditFormatter.displayString(for: credits)  // "Breeze vs. Lost Witness"
/// ```
public struct ArtistCreditName: ArtistCreditNaming, Sendable, Hashable, Codable {
    /// The artist's name as Discogs stores it.
    public var name: String
    /// The name variation, or `nil`.
    public var anv: String?
    /// The join phrase to the next artist, or `nil`.
    public var join: String?
    /// The artist id, or `nil` when unknown.
    public var id: Int?

    /// Creates a credit.
    ///
    /// ```swift
    /// let various = ArtistCreditName(name: "Various", id: 194)
    /// ```
    public init(name: String, anv: String? = nil, join: String? = nil, id: Int? = nil) {
        self.name = name
        self.anv = anv
        self.join = join
        self.id = id
    }

    private enum CodingKeys: String, CodingKey { case name, anv, join, id }

    /// Decodes a credit; `anv`, `join` and `id` are `nil` when missing or null.
    ///
    /// ```swift
    /// let credit = try JSONDecoder().decode(ArtistCreditName.self, from: Data(#"{"name":"Aphex Twin"}"#.utf8))
    /// ```
    /// - Throws: `DecodingError` when `name` is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        anv = try container.decodeIfPresent(String.self, forKey: .anv)
        join = try container.decodeIfPresent(String.self, forKey: .join)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
    }
}
