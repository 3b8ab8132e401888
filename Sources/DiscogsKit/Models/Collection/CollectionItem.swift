/// One copy of a release in a user's collection (`GET /users/{u}/collection/folders/{id}/releases`
/// and `/users/{u}/collection/releases/{id}`, list key `releases`).
///
/// Each owned copy is an instance with its own ``instanceID``; the same release can appear
/// several times.
///
/// ```swift
/// for item in page.items { print(item.id, item.basicInformation?.title ?? "", item.rating ?? 0) }
/// ```
public struct CollectionItem: Sendable, Hashable, Codable, PageItem {
    /// The list key in a collection page.
    public static let pageKey = "releases"

    /// The release id.
    public var id: Int
    /// This copy's instance id (`instance_id`).
    public var instanceID: Int?
    /// The folder holding this copy (`folder_id`).
    public var folderID: Int?
    /// The owner's rating, 1…5, or `0` when unrated.
    public var rating: Int?
    /// When the copy was added, ISO 8601 with offset (`date_added`), as sent.
    public var dateAdded: String?
    /// The release summary (`basic_information`).
    public var basicInformation: BasicInformation?
    /// Custom field values; empty when none.
    public var notes: [CollectionNote]
    /// The instance's API URL (`resource_url`, when sent).
    public var resourceURL: String?

    /// Creates an item.
    public init(id: Int, instanceID: Int? = nil, folderID: Int? = nil, rating: Int? = nil, dateAdded: String? = nil,
                basicInformation: BasicInformation? = nil, notes: [CollectionNote] = [], resourceURL: String? = nil) {
        self.id = id
        self.instanceID = instanceID
        self.folderID = folderID
        self.rating = rating
        self.dateAdded = dateAdded
        self.basicInformation = basicInformation
        self.notes = notes
        self.resourceURL = resourceURL
    }

    /// Decodes an item; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        instanceID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .instanceID)
        folderID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .folderID)
        rating = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .rating)
        dateAdded = try c.decodeNonEmptyStringIfPresent(forKey: .dateAdded)
        basicInformation = try c.decodeLossyIfPresent(BasicInformation.self, forKey: .basicInformation)
        notes = try c.decodeLossyArray([CollectionNote].self, forKey: .notes)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, rating, notes
        case instanceID = "instance_id"
        case folderID = "folder_id"
        case dateAdded = "date_added"
        case basicInformation = "basic_information"
        case resourceURL = "resource_url"
    }
}
