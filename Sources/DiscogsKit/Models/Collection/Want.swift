/// One release in a user's wantlist (`GET /users/{u}/wants`, list key `wants`).
///
/// ```swift
/// for want in page.items { print(want.id, want.basicInformation?.title ?? "", want.notes ?? "") }
/// ```
public struct Want: Sendable, Hashable, Codable, PageItem {
    /// The list key in a wantlist page.
    public static let pageKey = "wants"

    /// The release id.
    public var id: Int
    /// The user's rating, 0…5 (`0` = unrated).
    public var rating: Int?
    /// The user's notes (only for the owner).
    public var notes: String?
    /// Whether the notes are public (`notes_public`).
    public var notesPublic: Bool?
    /// When the want was added (`date_added`), as sent.
    public var dateAdded: String?
    /// The release summary (`basic_information`).
    public var basicInformation: BasicInformation?
    /// The want's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a want.
    public init(id: Int, rating: Int? = nil, notes: String? = nil, notesPublic: Bool? = nil, dateAdded: String? = nil,
                basicInformation: BasicInformation? = nil, resourceURL: String? = nil) {
        self.id = id
        self.rating = rating
        self.notes = notes
        self.notesPublic = notesPublic
        self.dateAdded = dateAdded
        self.basicInformation = basicInformation
        self.resourceURL = resourceURL
    }

    /// Decodes a want; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        rating = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .rating)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        notesPublic = try c.decodeBoolOrStringIfPresent(forKey: .notesPublic)
        dateAdded = try c.decodeNonEmptyStringIfPresent(forKey: .dateAdded)
        basicInformation = try c.decodeLossyIfPresent(BasicInformation.self, forKey: .basicInformation)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, rating, notes
        case notesPublic = "notes_public"
        case dateAdded = "date_added"
        case basicInformation = "basic_information"
        case resourceURL = "resource_url"
    }
}
