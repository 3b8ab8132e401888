/// A folder of a user's collection (`GET /users/{u}/collection/folders/{id}`, and each entry of
/// ``CollectionFolders``). Folder `0` is "All" (read-only), `1` is "Uncategorized".
///
/// ```swift
/// let folder = try JSONDecoder().decode(CollectionFolder.self, from: body)
/// print(folder.name, folder.count ?? 0)
/// ```
public struct CollectionFolder: Sendable, Hashable, Codable {
    /// The folder id (`0` = All, `1` = Uncategorized).
    public var id: Int
    /// The folder's name; `""` when missing.
    public var name: String
    /// How many releases it holds.
    public var count: Int?
    /// The folder's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a folder.
    public init(id: Int, name: String = "", count: Int? = nil, resourceURL: String? = nil) {
        self.id = id
        self.name = name
        self.count = count
        self.resourceURL = resourceURL
    }

    /// Decodes a folder; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        count = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .count)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, count
        case resourceURL = "resource_url"
    }
}
