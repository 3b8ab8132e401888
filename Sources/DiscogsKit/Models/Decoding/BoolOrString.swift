/// The Boolean-or-text policy: a flag sent as `true`/`false`, as `"true"`/`"false"` or as
/// `1`/`0` (text or number) is read as a `Bool`.
///
/// The rules: JSON Booleans are taken as is; `"true"`, `"false"` (any letter case), `"1"`, `"0"`,
/// `1` and `0` are read; `""`, `null` and a missing key give `nil`; anything else is reported to
/// ``DecodingIssueCollector`` and gives `nil`.
enum BoolOrString {
    /// Reads `scalar` (nil for a missing key) as a flag.
    static func flag(_ scalar: FlexibleScalar?) -> (value: Bool?, problem: String?) {
        switch scalar {
        case nil, .null?: return (nil, nil)
        case .bool(let value)?: return (value, nil)
        case .integer(1)?: return (true, nil)
        case .integer(0)?: return (false, nil)
        case .string(let text)?:
            switch text.lowercased() {
            case "": return (nil, nil)
            case "true", "1": return (true, nil)
            case "false", "0": return (false, nil)
            default: return (nil, "expected true or false, found \(scalar!.kindDescription)")
            }
        case .integer?, .fraction?, .object?, .array?:
            return (nil, "expected true or false, found \(scalar!.kindDescription)")
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a flag sent as a Boolean, as text or as `1`/`0`; `""`, `null` and a missing key
    /// give `nil`, anything else is reported and gives `nil`.
    ///
    /// ```swift
    /// blockedFromSale = try container.decodeBoolOrStringIfPresent(forKey: .blockedFromSale) // "false" → false
    /// ```
    public func decodeBoolOrStringIfPresent(forKey key: Key) throws -> Bool? {
        let (value, problem) = BoolOrString.flag(try decodeScalarIfPresent(forKey: key, expecting: .bool))
        if let problem { DecodingIssueCollector.report("\(problem); treated as absent", at: codingPath + [key]) }
        return value
    }
}
