/// The string-or-number policy: identifiers and codes that Discogs sends as text in one place and
/// as a number in another (an order `id` `"1-1"` or `5`, a label's `entity_type` `"1"`, a `catno`
/// or an identifier `value` that happens to be all digits).
///
/// The rules, in one place:
/// - a string is kept exactly as sent (no trimming: `identifiers[].value` may carry stray spaces);
/// - a number becomes its decimal text (`5` → `"5"`, `5.0` → `"5"`, `2.5` → `"2.5"`);
/// - `""`, `null` and a missing key are *absent*: an empty code identifies nothing;
/// - a Boolean, an object or an array is *invalid*: reported and absent, or thrown when required.
enum StringOrNumber {
    /// Reads `scalar` (nil for a missing key) as text.
    static func text(_ scalar: FlexibleScalar?) -> (value: String?, problem: String?) {
        switch scalar {
        case nil, .null?: return (nil, nil)
        case .string(let text)?: return (text.isEmpty ? nil : text, nil)
        case .integer(let value)?: return (String(value), nil)
        case .fraction(let value)?:
            if value.rounded() == value, let integer = Int(exactly: value) { return (String(integer), nil) }
            return (String(value), nil)
        case .bool?, .object?, .array?:
            return (nil, "expected text or a number, found \(scalar!.kindDescription)")
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes text that may arrive as a string or as a number; `""`, `null` and a missing key give
    /// `nil`, and any other kind of value is reported to ``DecodingIssueCollector`` and gives `nil`.
    ///
    /// ```swift
    /// entityType = try container.decodeStringOrNumberIfPresent(forKey: .entityType) // 1 → "1"
    /// ```
    public func decodeStringOrNumberIfPresent(forKey key: Key) throws -> String? {
        let (value, problem) = StringOrNumber.text(try decodeScalarIfPresent(forKey: key, expecting: .text))
        if let problem { DecodingIssueCollector.report("\(problem); treated as absent", at: codingPath + [key]) }
        return value
    }

    /// Decodes required text that may arrive as a string or as a number.
    ///
    /// - Throws: `DecodingError.keyNotFound` when the key is missing, `.valueNotFound` when it is
    ///   `null` or `""`, `.typeMismatch` for any other kind of value; each names the key's path.
    public func decodeStringOrNumber(forKey key: Key) throws -> String {
        let scalar = try decodeScalarIfPresent(forKey: key, expecting: .text)
        let (value, problem) = StringOrNumber.text(scalar)
        if let value { return value }
        guard let scalar else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value for required key `\(key.stringValue)`."))
        }
        if let problem {
            throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath + [key], debugDescription: problem))
        }
        throw DecodingError.valueNotFound(String.self, .init(codingPath: codingPath + [key],
                                                             debugDescription: "Expected text or a number, found \(scalar.kindDescription)."))
    }
}
