/// The answer of `GET /users/{u}/collection/fields`: `{"fields": […]}`.
///
/// ```swift
/// let fields = try JSONDecoder().decode(CollectionFields.self, from: body).fields
/// ```
public struct CollectionFields: Sendable, Hashable, Codable {
    /// The fields; non-owners see only the public ones.
    public var fields: [CollectionField]

    /// Creates the list.
    public init(fields: [CollectionField] = []) {
        self.fields = fields
    }

    /// Decodes the list; malformed fields are skipped and reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fields = try c.decodeLossyArray([CollectionField].self, forKey: .fields)
    }

    enum CodingKeys: String, CodingKey {
        case fields
    }
}
