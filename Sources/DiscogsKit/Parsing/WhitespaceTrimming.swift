extension StringProtocol {
    /// The text without leading and trailing white space, as Foundation's
    /// `trimmingWhitespace()` gives it (Unicode category Zs and the tab), or with
    /// `newlines` as `.whitespacesAndNewlines` (category Z, U+000A…U+000D and U+0085), at a
    /// fraction of its cost: a text with nothing to trim is returned without copying.
    /// Extraction trims every role, catalogue number and name, so this is on its hot path.
    func trimmingWhitespace(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return String(self) }
        if !String.isTrimmed(first, newlines: newlines), !String.isTrimmed(last, newlines: newlines) { return String(self) }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, String.isTrimmed(scalars[start], newlines: newlines) { start = scalars.index(after: start) }
        while end > start, String.isTrimmed(scalars[scalars.index(before: end)], newlines: newlines) {
            end = scalars.index(before: end)
        }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

extension String {
    /// Whether `scalar` is one that ``trimmingWhitespace(newlines:)`` removes.
    static func isTrimmed(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0x0A...0x0D, 0x85: return newlines
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator: return true
            case .lineSeparator, .paragraphSeparator: return newlines
            default: return false
            }
        }
    }
}
