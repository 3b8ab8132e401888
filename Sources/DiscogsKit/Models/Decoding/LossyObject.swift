/// The lossy-object policy, the single-value twin of the lossy array: a nested object that does
/// not decode (a `community` block sent as a string, a `seller` missing its required parts) is
/// reported to ``DecodingIssueCollector`` and read as absent, so one bad sub-object never fails
/// the document around it.
///
/// The rules: a missing key or `null` gives `nil` silently; a value that decodes is returned; a
/// value that does not decode is reported with the reason and gives `nil`.
extension KeyedDecodingContainer {
    /// Decodes an optional nested value, reporting and dropping it when it does not decode.
    ///
    /// ```swift
    /// community = try container.decodeLossyIfPresent(Community.self, forKey: .community)
    /// ```
    public func decodeLossyIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decode(LossyElement<Value>.self, forKey: key).value
    }
}
