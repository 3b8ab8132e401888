/// A custom field of a user's collection (`GET /users/{u}/collection/fields`): a dropdown with
/// ``options`` or a text area with ``lines``.
///
/// ```swift
/// for field in fields.fields where field.type == .dropdown { print(field.name, field.options) }
/// ```
public struct CollectionField: Sendable, Hashable, Codable {
    /// The field id (referenced by ``CollectionNote/fieldID``).
    public var id: Int
    /// The field's name, e.g. `"Media Condition"`; `""` when missing.
    public var name: String
    /// Dropdown or text area.
    public var type: CollectionFieldType?
    /// The field's place in the list.
    public var position: Int?
    /// Whether other users see the field (`public`).
    public var isPublic: Bool?
    /// The choices of a dropdown; empty for text areas.
    public var options: [String]
    /// The height of a text area in lines.
    public var lines: Int?

    /// Creates a field.
    public init(id: Int, name: String = "", type: CollectionFieldType? = nil, position: Int? = nil,
                isPublic: Bool? = nil, options: [String] = [], lines: Int? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.position = position
        self.isPublic = isPublic
        self.options = options
        self.lines = lines
    }

    /// Decodes a field; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        type = try c.decodeLossyEnumIfPresent(CollectionFieldType.self, forKey: .type)
        position = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .position)
        isPublic = try c.decodeBoolOrStringIfPresent(forKey: .isPublic)
        options = try c.decodeStringOrArray(forKey: .options)
        lines = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .lines)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, position, options, lines
        case isPublic = "public"
    }
}
