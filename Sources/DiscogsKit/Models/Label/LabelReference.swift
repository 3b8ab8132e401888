/// Another label named by a label document: its `parent_label` or one of its `sublabels`.
///
/// ```swift
/// print(label.parentLabel?.name ?? "independent", label.sublabels.map(\.name))
/// ```
public struct LabelReference: Sendable, Hashable, Codable {
    /// The label id.
    public var id: Int?
    /// The label's name.
    public var name: String
    /// The label's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a reference.
    public init(id: Int? = nil, name: String, resourceURL: String? = nil) {
        self.id = id
        self.name = name
        self.resourceURL = resourceURL
    }

    /// Decodes a reference; only `name` is required.
    ///
    /// - Throws: `DecodingError` when `name` is missing or not text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case resourceURL = "resource_url"
    }
}
