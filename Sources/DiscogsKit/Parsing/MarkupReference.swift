/// A link to a Discogs entity by id inside markup: `[a123]`, `[l45]`, `[r1]`, `[m7]`.
///
/// ``MarkupParser`` hands each one to the caller's lookup closure; when that gives no name the
/// text shows ``placeholder``.
///
/// ```swift
/// MarkupReference.artist(123).placeholder  // "artist #123"
/// ```
public enum MarkupReference: Sendable, Hashable {
    /// An artist id (`[a123]`).
    case artist(Int)
    /// A label id (`[l123]`).
    case label(Int)
    /// A release id (`[r123]` or `[r=123]`).
    case release(Int)
    /// A master release id (`[m123]` or `[m=123]`).
    case master(Int)

    /// The id.
    public var id: Int {
        switch self {
        case .artist(let id), .label(let id), .release(let id), .master(let id): id
        }
    }

    /// A readable stand-in for an unresolved reference: `"artist #123"`, `"label #45"`,
    /// `"release #1"`, `"master #7"`.
    public var placeholder: String {
        switch self {
        case .artist(let id): "artist #\(id)"
        case .label(let id): "label #\(id)"
        case .release(let id): "release #\(id)"
        case .master(let id): "master #\(id)"
        }
    }
}
