/// The zero-as-absent policy, for the integers where Discogs sends `0` to mean "none" or
/// "unknown": a search hit's or collection item's `master_id` (`0` when the release has no master,
/// with `master_url` null) and a release's `year` (`0` when the year is unknown, with `released`
/// absent).
///
/// The rules: the value is read by the number-or-string policy (so `"0"` and `0.0` are zero too);
/// zero, `""`, `null` and a missing key give `nil`; non-numeric text is reported and gives `nil`.
/// Counts and ratings, where `0` is a real value, never use this helper.
extension KeyedDecodingContainer {
    /// Decodes an integer where `0` means "none"; zero, `""`, `null` and a missing key give `nil`.
    ///
    /// ```swift
    /// masterID = try container.decodeNonZeroIntIfPresent(forKey: .masterID) // 0 → nil
    /// ```
    public func decodeNonZeroIntIfPresent(forKey key: Key) throws -> Int? {
        guard let value = try decodeNumberOrStringIfPresent(Int.self, forKey: key), value != 0 else { return nil }
        return value
    }
}
