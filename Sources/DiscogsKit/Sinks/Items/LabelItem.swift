import Foundation

/// One record label seen on a release, with the catalogue numbers seen for it.
///
/// Encoded as `label_name`, `normalized_name`, `discogs_id`, `catalog_numbers`, `metadata`,
/// `external_urls`, `data_source`, `scrape_timestamp` plus `"item_type": "label"`.
///
/// ```swift
/// let label = LabelItem(name: "Figure", normalizedName: "figure", discogsID: 31_425,
///                       catalogNumbers: ["FIGURE X 12"])
/// label.itemKey // "31425"
/// ```
public struct LabelItem: Sendable, Hashable {
    /// The label's name (`label_name`).
    public var name: String
    /// The name normalised for matching, as the producer computed it (`normalized_name`).
    public var normalizedName: String
    /// The label's Discogs id, when known (`discogs_id`).
    public var discogsID: Int?
    /// The catalogue numbers seen for the label, in the order first seen (`catalog_numbers`).
    public var catalogNumbers: [String]
    /// Profile, parent label, source release (`metadata`).
    public var metadata: LabelMetadata
    /// Links to the label by site; see ``DiscogsURLs`` (`external_urls`).
    public var externalURLs: [String: String]
    /// Where the data came from; `"discogs"` (`data_source`).
    public var dataSource: String
    /// When the data was fetched, written in ISO 8601 (`scrape_timestamp`).
    public var scrapeTimestamp: Date

    /// Creates a label item.
    /// - Parameters:
    ///   - name: The label's name.
    ///   - normalizedName: The name normalised for matching (stored as given).
    ///   - discogsID: The label's Discogs id.
    ///   - catalogNumbers: The catalogue numbers seen for the label.
    ///   - metadata: Everything else; see ``LabelMetadata``.
    ///   - externalURLs: Links by site; `nil` (the default) means the label's Discogs links
    ///     when `discogsID` is known, none otherwise.
    ///   - dataSource: Where the data came from; defaults to `"discogs"`.
    ///   - scrapeTimestamp: When the data was fetched; defaults to now.
    public init(
        name: String,
        normalizedName: String,
        discogsID: Int? = nil,
        catalogNumbers: [String] = [],
        metadata: LabelMetadata = LabelMetadata(),
        externalURLs: [String: String]? = nil,
        dataSource: String = "discogs",
        scrapeTimestamp: Date = Date()
    ) {
        self.name = name
        self.normalizedName = normalizedName
        self.discogsID = discogsID
        self.catalogNumbers = catalogNumbers
        self.metadata = metadata
        self.externalURLs = externalURLs ?? discogsID.map(DiscogsURLs.label) ?? [:]
        self.dataSource = dataSource
        self.scrapeTimestamp = scrapeTimestamp
    }

    /// The label's stable key within its kind: the Discogs id (`"31425"`), or `"~"` and the
    /// normalised name for a label without one.
    public var itemKey: String {
        ItemCoding.entityKey(discogsID: discogsID, normalizedName: normalizedName)
    }

    /// What is wrong with the values, or `nil` when the item can be written.
    var problem: String? {
        ItemCoding.entityProblem(discogsID: discogsID, kind: .label, scrapeTimestamp: scrapeTimestamp)
    }
}

extension LabelItem: Codable {
    enum CodingKeys: String, ItemCodingKey {
        case itemType = "item_type"
        case name = "label_name"
        case normalizedName = "normalized_name"
        case discogsID = "discogs_id"
        case catalogNumbers = "catalog_numbers"
        case metadata
        case externalURLs = "external_urls"
        case dataSource = "data_source"
        case scrapeTimestamp = "scrape_timestamp"
    }

    /// Decodes a label item.
    ///
    /// `item_type` may be absent but, when present, must be `"label"`; absent `catalog_numbers`
    /// read as none.
    /// - Throws: `DecodingError` naming the field that is missing, mistyped or out of range.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let provenance = try ItemCoding.decodeProvenance(.label, from: c)
        name = try c.decode(String.self, forKey: .name)
        normalizedName = try c.decode(String.self, forKey: .normalizedName)
        discogsID = try c.decodeIfPresent(Int.self, forKey: .discogsID)
        catalogNumbers = try c.decodeIfPresent([String].self, forKey: .catalogNumbers) ?? []
        metadata = try c.decodeIfPresent(LabelMetadata.self, forKey: .metadata) ?? LabelMetadata()
        (externalURLs, dataSource, scrapeTimestamp) = (provenance.externalURLs, provenance.dataSource, provenance.scrapeTimestamp)
        try ItemCoding.check(problem, decoder: decoder)
    }

    /// Encodes the item, with `"item_type": "label"` and `null` for absent values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ItemKind.label, forKey: .itemType)
        try c.encode(name, forKey: .name)
        try c.encode(normalizedName, forKey: .normalizedName)
        try c.encode(discogsID, forKey: .discogsID)
        try c.encode(catalogNumbers, forKey: .catalogNumbers)
        try c.encode(metadata, forKey: .metadata)
        try ItemCoding.encode(ItemProvenance(externalURLs: externalURLs, dataSource: dataSource, scrapeTimestamp: scrapeTimestamp), into: &c)
    }
}
