/// What a ``LabelItem`` knows beyond its flat fields, written as its `metadata` object.
///
/// Every field is optional; absent ones are left out of the JSON object.
///
/// ```swift
/// let metadata = LabelMetadata(parentLabel: "Figure", sourceReleaseID: 1_234_567)
/// ```
public struct LabelMetadata: Sendable, Hashable, Codable {
    /// The label's profile as plain text (`profile`).
    public var profile: String?
    /// The parent label's name (`parent_label`).
    public var parentLabel: String?
    /// The release the label was first seen on in this run (`source_release_id`).
    public var sourceReleaseID: Int?

    /// Creates metadata; every field defaults to absent.
    /// - Parameters:
    ///   - profile: The label's profile as plain text.
    ///   - parentLabel: The parent label's name.
    ///   - sourceReleaseID: The release the label was first seen on.
    public init(profile: String? = nil, parentLabel: String? = nil, sourceReleaseID: Int? = nil) {
        self.profile = profile
        self.parentLabel = parentLabel
        self.sourceReleaseID = sourceReleaseID
    }

    enum CodingKeys: String, CodingKey {
        case profile
        case parentLabel = "parent_label"
        case sourceReleaseID = "source_release_id"
    }
}
