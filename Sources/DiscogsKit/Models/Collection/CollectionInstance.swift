/// The answer of adding a release to a collection folder
/// (`POST /users/{u}/collection/folders/{id}/releases/{release}`).
///
/// The documentation promises `{instance_id, resource_url}`; recorded answers carry the whole
/// new collection item as well. Only ``instanceID`` is required; the rest is decoded when sent.
///
/// ```swift
/// let added = try JSONDecoder().decode(CollectionInstance.self, from: body)
/// print(added.instanceID, added.folderID ?? 1)
/// ```
public struct CollectionInstance: Sendable, Hashable, Codable {
    /// The new copy's instance id (`instance_id`).
    public var instanceID: Int
    /// The instance's API URL (`resource_url`).
    public var resourceURL: String?
    /// The release id.
    public var id: Int?
    /// The folder the copy went into (`folder_id`).
    public var folderID: Int?
    /// The owner's rating, `0` when unrated.
    public var rating: Int?
    /// When the copy was added (`date_added`), as sent.
    public var dateAdded: String?
    /// The release summary (`basic_information`).
    public var basicInformation: BasicInformation?
    /// Custom field values; empty when none.
    public var notes: [CollectionNote]

    /// Creates an instance.
    public init(instanceID: Int, resourceURL: String? = nil, id: Int? = nil, folderID: Int? = nil, rating: Int? = nil,
                dateAdded: String? = nil, basicInformation: BasicInformation? = nil, notes: [CollectionNote] = []) {
        self.instanceID = instanceID
        self.resourceURL = resourceURL
        self.id = id
        self.folderID = folderID
        self.rating = rating
        self.dateAdded = dateAdded
        self.basicInformation = basicInformation
        self.notes = notes
    }

    /// Decodes an instance; only `instance_id` is required.
    ///
    /// - Throws: `DecodingError` naming `instance_id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instanceID = try c.decodeNumberOrString(Int.self, forKey: .instanceID)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        folderID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .folderID)
        rating = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .rating)
        dateAdded = try c.decodeNonEmptyStringIfPresent(forKey: .dateAdded)
        basicInformation = try c.decodeLossyIfPresent(BasicInformation.self, forKey: .basicInformation)
        notes = try c.decodeLossyArray([CollectionNote].self, forKey: .notes)
    }

    enum CodingKeys: String, CodingKey {
        case id, rating, notes
        case instanceID = "instance_id"
        case resourceURL = "resource_url"
        case folderID = "folder_id"
        case dateAdded = "date_added"
        case basicInformation = "basic_information"
    }
}
