import Foundation

/// Folds names and titles so that spellings of the same thing compare equal: case, diacritics
/// (`Rødhåd` → `rodhad`), punctuation, `&`/`+` → `and`, the `feat.`/`ft.`/`featuring` forms,
/// Discogs' disambiguation suffix (` (2)`) and inverted articles (`Persuader, The`).
///
/// Names (``normalizeName(_:)``) also lose the disambiguation suffix and have inverted articles
/// put back; titles (``normalize(_:)``) keep every word, so `Track (1992)` keeps its year.
///
/// ```swift
/// TextNormalizer.normalizeName("Rødhåd & Dax J (2)") // "rodhad and dax j"
/// TextNormalizer.normalizeName("Persuader, The")     // "the persuader"
/// TextNormalizer.normalize("A ft. B")                // "a feat b"
/// ```
public enum TextNormalizer {
    /// Letters that Unicode decomposition does not fold to ASCII.
    private static let special: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l",
        "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i",
    ]

    /// The normalised form of an artist or label name: ``normalize(_:)`` after dropping the
    /// disambiguation suffix and putting an inverted article back in front.
    public static func normalizeName(_ name: String) -> String {
        normalize(uninvertArticle(stripDisambiguation(name.trimmingCharacters(in: .whitespacesAndNewlines))))
    }

    /// The normalised form of `text`: case and diacritics folded, punctuation dropped, `&`/`+` as
    /// `and`, `ft`/`featuring` as `feat`, words separated by one space. Apostrophes are dropped
    /// (`Don't` → `dont`), so "Don't" and "Dont" compare equal.
    public static func normalize(_ text: String) -> String {
        normalize(text, keepingApostrophes: false)
    }

    /// ``normalize(_:)``, but with `keepingApostrophes` an apostrophe inside a word stays, as `'`
    /// (`Don’t` → `don't`, `MC's` → `mc's`): the form for search words, which a search index
    /// splits or keeps as written but never reads as `dont`.
    public static func normalize(_ text: String, keepingApostrophes: Bool) -> String {
        let name = text
        var words: [String] = []
        var current = ""
        func endWord() {
            while current.hasSuffix("'") { current.removeLast() }
            guard !current.isEmpty else { return }
            switch current {
            case "ft", "featuring", "feat": words.append("feat")
            default: words.append(current)
            }
            current = ""
        }
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if let replacement = special[scalar] {
                current += replacement
                continue
            }
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { continue }
            if scalar == "&" || scalar == "+" {
                endWord()
                words.append("and")
                continue
            }
            if scalar == "'" || scalar == "’" || scalar == "`" {
                if keepingApostrophes, !current.isEmpty { current += "'" }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                endWord()
            }
        }
        endWord()
        return words.joined(separator: " ")
    }

    /// `name` without a trailing ` (n)` disambiguation suffix: `Aphex Twin (2)` → `Aphex Twin`
    /// (the same rule as ``ArtistCreditFormatter/strippingDisambiguation(_:)``).
    public static func stripDisambiguation(_ name: String) -> String {
        ArtistCreditFormatter.strippingDisambiguation(name)
    }

    /// `text` without any ` (n)` disambiguation suffix, wherever it stands:
    /// `Laurent Hawtin (2) & Peggy (3)` → `Laurent Hawtin & Peggy`.
    public static func stripAllDisambiguations(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: ")"), after[..<close].count > 0,
               after[..<close].allSatisfy({ $0.isASCII && $0.isNumber }) {
                out += String(rest[..<open]).trimmingTrailingSpaces()
                rest = after[after.index(after: close)...]
            } else {
                out += rest[...open]
                rest = after
            }
        }
        return out + rest
    }

    /// `Persuader, The` → `The Persuader` (also `A` and `An`).
    public static func uninvertArticle(_ name: String) -> String {
        for article in ["The", "A", "An"] {
            let suffix = ", " + article
            if name.count > suffix.count, name.lowercased().hasSuffix(suffix.lowercased()) {
                return article + " " + name.dropLast(suffix.count)
            }
        }
        return name
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
