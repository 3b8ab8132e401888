/// The answer of `GET /users/{u}/collection/folders`: `{"folders": […]}`.
///
/// ```swift
/// let folders = try JSONDecoder().decode(CollectionFolders.self, from: body).folders
/// ```
public struct CollectionFolders: Sendable, Hashable, Codable {
    /// The folders; non-owners see only folder 0, and only when the collection is public.
    public var folders: [CollectionFolder]

    /// Creates the list.
    public init(folders: [CollectionFolder] = []) {
        self.folders = folders
    }

    /// Decodes the list; malformed folders are skipped and reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        folders = try c.decodeLossyArray([CollectionFolder].self, forKey: .folders)
    }

    enum CodingKeys: String, CodingKey {
        case folders
    }
}
