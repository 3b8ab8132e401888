/// One entry of a release's `labels`, `companies` or `series`: a label entity with its catalog
/// number and the kind of involvement.
///
/// ```swift
/// for label in release.labels { print(label.name, label.catalogNumber ?? "") } // "Svek SK032"
/// ```
public struct CompanyCredit: Sendable, Hashable, Codable {
    /// The entity's name, e.g. `"Svek"`, `"Not On Label"` or `"Sterling Sound"`.
    public var name: String
    /// The catalog number (`catno`): on labels the release's number (literally `"none"` when it
    /// has none), on series the number in the series; nil when blank (usual for companies).
    public var catalogNumber: String?
    /// The numeric kind of involvement as text (`entity_type`, e.g. `"1"` label, `"2"` series).
    public var entityType: String?
    /// The kind of involvement in words (`entity_type_name`), e.g. `"Label"`, `"Series"`,
    /// `"Mastered At"`, `"Phonographic Copyright (p)"`.
    public var entityTypeName: String?
    /// The label's database id, when sent.
    public var id: Int?
    /// The label's API URL (`resource_url`).
    public var resourceURL: String?
    /// The label's thumbnail image URL (`thumbnail_url`, newer answers); nil when absent or blank.
    public var thumbnailURL: String?

    /// Creates an entry.
    public init(name: String, catalogNumber: String? = nil, entityType: String? = nil, entityTypeName: String? = nil,
                id: Int? = nil, resourceURL: String? = nil, thumbnailURL: String? = nil) {
        self.name = name
        self.catalogNumber = catalogNumber
        self.entityType = entityType
        self.entityTypeName = entityTypeName
        self.id = id
        self.resourceURL = resourceURL
        self.thumbnailURL = thumbnailURL
    }

    /// Decodes an entry; only `name` is required, and `catno` / `entity_type` may be text or numbers.
    ///
    /// - Throws: `DecodingError` when `name` is missing or not text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        catalogNumber = try c.decodeStringOrNumberIfPresent(forKey: .catalogNumber)
        entityType = try c.decodeStringOrNumberIfPresent(forKey: .entityType)
        entityTypeName = try c.decodeNonEmptyStringIfPresent(forKey: .entityTypeName)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        thumbnailURL = try c.decodeNonEmptyStringIfPresent(forKey: .thumbnailURL)
    }

    enum CodingKeys: String, CodingKey {
        case name, id
        case catalogNumber = "catno"
        case entityType = "entity_type"
        case entityTypeName = "entity_type_name"
        case resourceURL = "resource_url"
        case thumbnailURL = "thumbnail_url"
    }
}
