import Foundation

/// A value whose CSV columns are known before any value is seen: every top-level key its JSON
/// can have. A ``CSVTable`` built for such a type prints the same header for every list, an
/// empty one included, and never drops a key that the first rows happened to lack.
public protocol CSVRecord: Encodable {
    /// Every top-level key of the value's JSON.
    static var csvColumns: [String] { get }
}

extension SearchResult: CSVRecord {
    /// Every key of a search result's JSON.
    public static var csvColumns: [String] { CodingKeys.allCases.map(\.stringValue) }
}

extension MasterVersion: CSVRecord {
    /// Every key of a master version's JSON.
    public static var csvColumns: [String] { CodingKeys.allCases.map(\.stringValue) }
}

extension ArtistRelease: CSVRecord {
    /// Every key of an artist release's JSON.
    public static var csvColumns: [String] { CodingKeys.allCases.map(\.stringValue) }
}

extension LabelRelease: CSVRecord {
    /// Every key of a label release's JSON.
    public static var csvColumns: [String] { CodingKeys.allCases.map(\.stringValue) }
}
