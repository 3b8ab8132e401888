/// A track heard in a DJ set, to find on Discogs: artist and title, and whatever else is known.
///
/// ```swift
/// let target = EnrichmentTarget(artist: "Amelie Lens", title: "Feel It", label: "Lenske")
/// ```
public struct EnrichmentTarget: Sendable, Hashable, Codable {
    /// The artist as heard or written in the set list.
    public var artist: String
    /// The track title, with or without its version, e.g. `Feel It (Original Mix)`.
    public var title: String
    /// The record label, when known.
    public var label: String?
    /// The catalogue number, when known.
    public var catno: String?
    /// The track's length in milliseconds, when known.
    public var durationMilliseconds: Int?
    /// The release year, when known.
    public var year: Int?
    /// Where the target came from: the line of the input file it starts on (or the element number
    /// of a JSON array), for reports.
    public var row: Int

    /// Creates a target.
    public init(artist: String, title: String, label: String? = nil, catno: String? = nil,
                durationMilliseconds: Int? = nil, year: Int? = nil, row: Int = 0) {
        self.artist = artist
        self.title = title
        self.label = label
        self.catno = catno
        self.durationMilliseconds = durationMilliseconds
        self.year = year
        self.row = row
    }

    enum CodingKeys: String, CodingKey {
        case artist, title, label, catno, year, row
        case durationMilliseconds = "duration_ms"
    }
}

/// A row of a target list that could not be read, with its line number and the reason.
public struct TargetRowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line (or JSON array element number) of the row.
    public var row: Int
    /// What is wrong.
    public var reason: String

    /// Creates the error.
    public init(row: Int, reason: String) {
        self.row = row
        self.reason = reason
    }

    /// `row N: reason`.
    public var description: String { "row \(row): \(reason)" }
}
