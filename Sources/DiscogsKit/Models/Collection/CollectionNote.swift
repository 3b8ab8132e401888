/// The value of one custom field on a collection item (`notes[]`).
///
/// `notes` is a list of these, not a string (older clients typed it as a string and broke).
///
/// ```swift
/// let mediaCondition = item.notes.first { $0.fieldID == 1 }?.value
/// ```
public struct CollectionNote: Sendable, Hashable, Codable {
    /// The ``CollectionField/id`` the value belongs to (`field_id`).
    public var fieldID: Int?
    /// The value, as text.
    public var value: String?

    /// Creates a note.
    public init(fieldID: Int? = nil, value: String? = nil) {
        self.fieldID = fieldID
        self.value = value
    }

    /// Decodes a note; both fields are optional and `value` may arrive as a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fieldID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .fieldID)
        value = try c.decodeStringOrNumberIfPresent(forKey: .value)
    }

    enum CodingKeys: String, CodingKey {
        case value
        case fieldID = "field_id"
    }
}
