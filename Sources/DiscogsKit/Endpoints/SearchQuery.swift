import Foundation

/// A database search with every parameter Discogs documents.
///
/// ```swift
/// let results = try await client.search(SearchQuery(artist: "Amelie Lens", track: "Feel It"))
/// let masters = try await client.search(SearchQuery("nevermind", type: .master))
/// ```
public struct SearchQuery: Sendable, Hashable {
    /// What kind of item to find.
    public enum ItemType: String, Sendable, Hashable, CaseIterable {
        /// Releases.
        case release
        /// Masters.
        case master
        /// Artists.
        case artist
        /// Labels.
        case label
    }

    /// Free text (`q`).
    public var query: String?
    /// Only this kind of item (`type`).
    public var type: ItemType?
    /// The combined "Artist Name - Release Title" field (`title`).
    public var title: String?
    /// The release title (`release_title`).
    public var releaseTitle: String?
    /// A release credit (`credit`).
    public var credit: String?
    /// The artist name (`artist`).
    public var artist: String?
    /// An artist name variation (`anv`).
    public var anv: String?
    /// The label name (`label`).
    public var label: String?
    /// A genre (`genre`).
    public var genre: String?
    /// A style (`style`).
    public var style: String?
    /// The release country (`country`).
    public var country: String?
    /// The release year (`year`).
    public var year: String?
    /// A format, e.g. `Vinyl`, `album` (`format`).
    public var format: String?
    /// A catalogue number (`catno`).
    public var catno: String?
    /// A barcode (`barcode`).
    public var barcode: String?
    /// A track title (`track`).
    public var track: String?
    /// The submitter's username (`submitter`).
    public var submitter: String?
    /// A contributor's username (`contributor`).
    public var contributor: String?

    /// Creates a search; every parameter is optional.
    public init(_ query: String? = nil, type: ItemType? = nil, title: String? = nil, releaseTitle: String? = nil,
                credit: String? = nil, artist: String? = nil, anv: String? = nil, label: String? = nil,
                genre: String? = nil, style: String? = nil, country: String? = nil, year: String? = nil,
                format: String? = nil, catno: String? = nil, barcode: String? = nil, track: String? = nil,
                submitter: String? = nil, contributor: String? = nil) {
        self.query = query
        self.type = type
        self.title = title
        self.releaseTitle = releaseTitle
        self.credit = credit
        self.artist = artist
        self.anv = anv
        self.label = label
        self.genre = genre
        self.style = style
        self.country = country
        self.year = year
        self.format = format
        self.catno = catno
        self.barcode = barcode
        self.track = track
        self.submitter = submitter
        self.contributor = contributor
    }

    /// The parameters in Discogs' wire names, in a fixed order; empty values are left out.
    public var queryItems: [Endpoint.QueryItem] {
        let pairs: [(String, String?)] = [
            ("q", query), ("type", type?.rawValue), ("title", title), ("release_title", releaseTitle),
            ("credit", credit), ("artist", artist), ("anv", anv), ("label", label), ("genre", genre),
            ("style", style), ("country", country), ("year", year), ("format", format), ("catno", catno),
            ("barcode", barcode), ("track", track), ("submitter", submitter), ("contributor", contributor),
        ]
        return pairs.compactMap { name, value in
            guard let value, !value.trimmingWhitespace().isEmpty else { return nil }
            return Endpoint.QueryItem(name, value)
        }
    }

    /// Whether no parameter is set.
    public var isEmpty: Bool { queryItems.isEmpty }
}
