/// The input kind of a custom collection field (`type`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// if field.type == .dropdown { print(field.options) }
/// ```
public enum CollectionFieldType: LossyEnum {
    /// `dropdown`: A choice among ``CollectionField/options``.
    case dropdown
    /// `textarea`: Free text over ``CollectionField/lines`` lines.
    case textarea
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [CollectionFieldType] = [.dropdown, .textarea]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .dropdown: "dropdown"
        case .textarea: "textarea"
        case .unknown(let value): value
        }
    }
}
