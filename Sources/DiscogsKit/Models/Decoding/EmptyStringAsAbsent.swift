/// The empty-string-as-absent policy, for the fields where Discogs sends `""` to mean "unknown"
/// or "none" rather than null: image URLs and `thumb` of anonymous requests, an unknown track
/// `duration`, the unused `anv`, `join`, `role` and `tracks` of an artist credit, an unknown
/// `country`, a user's unset `curr_abbr`.
///
/// Free text that a person typed (`notes`, `profile`, `comments`, a title) keeps `""` as sent: there
/// an empty string is a value, not a placeholder. Use this helper only where `""` means "unknown".
///
/// The rules: a non-empty string is kept exactly as sent; `""`, `null` and a missing key give
/// `nil`; any other kind of value (a number, a Boolean, an object) is reported to
/// ``DecodingIssueCollector`` and gives `nil`.
enum EmptyStringAsAbsent {
    /// Reads `scalar` (nil for a missing key).
    static func text(_ scalar: FlexibleScalar?) -> (value: String?, problem: String?) {
        switch scalar {
        case nil, .null?: return (nil, nil)
        case .string(let text)?: return (text.isEmpty ? nil : text, nil)
        case .integer?, .fraction?, .bool?, .object?, .array?:
            return (nil, "expected text, found \(scalar!.kindDescription)")
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a string where `""` means "unknown": `""`, `null` and a missing key give `nil`.
    ///
    /// ```swift
    /// duration = try container.decodeNonEmptyStringIfPresent(forKey: .duration) // "" → nil
    /// ```
    public func decodeNonEmptyStringIfPresent(forKey key: Key) throws -> String? {
        let (value, problem) = EmptyStringAsAbsent.text(try decodeScalarIfPresent(forKey: key, expecting: .text))
        if let problem { DecodingIssueCollector.report("\(problem); treated as absent", at: codingPath + [key]) }
        return value
    }
}
