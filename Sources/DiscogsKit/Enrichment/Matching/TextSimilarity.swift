/// Word-level similarity of normalised texts.
///
/// ```swift
/// TextSimilarity.dice("feel it", "feel it now") // 0.8
/// ```
enum TextSimilarity {
    /// The Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none shared.
    static func dice(_ a: String, _ b: String) -> Double {
        dice(Set(a.split(separator: " ").map(String.init)), Set(b.split(separator: " ").map(String.init)))
    }

    /// The Dice coefficient of two word sets.
    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
