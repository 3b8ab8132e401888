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
        normalize(uninvertArticle(stripDisambiguation(name.trimmingWhitespace(newlines: true))))
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
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(text, keepingApostrophes: keepingApostrophes) }
        return normalizeUnicode(text, keepingApostrophes: keepingApostrophes)
    }

    /// ``normalize(_:keepingApostrophes:)`` for any text, through Unicode compatibility
    /// decomposition.
    static func normalizeUnicode(_ text: String, keepingApostrophes: Bool) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value < latinEnd }) {
            // Latin letters with diacritics (most names that are not ASCII): each scalar's
            // decomposition from a table made once, instead of Foundation's per-text call. The
            // same result: decomposition works scalar by scalar, and the reordering of combining
            // marks it adds cannot matter because every mark is dropped.
            let table = latinDecompositions
            return fold(text.unicodeScalars.lazy.flatMap { table[Int($0.value)] }, keepingApostrophes: keepingApostrophes)
        }
        return normalizeReference(text, keepingApostrophes: keepingApostrophes)
    }

    /// The folding through Foundation's decomposition of the whole text, with no fast path: what
    /// the fast paths must equal (the tests compare them on real titles and names).
    static func normalizeReference(_ text: String, keepingApostrophes: Bool) -> String {
        fold(text.decomposedStringWithCompatibilityMapping.unicodeScalars, keepingApostrophes: keepingApostrophes)
    }

    /// The end of the Latin blocks (Latin-1 Supplement, Latin Extended-A and -B) the table covers.
    private static let latinEnd: UInt32 = 0x250

    /// The compatibility decomposition of every scalar below ``latinEnd``.
    private static let latinDecompositions: [[Unicode.Scalar]] = (0..<latinEnd).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars)
    }

    /// The folding rules over decomposed scalars.
    private static func fold(_ scalars: some Sequence<Unicode.Scalar>, keepingApostrophes: Bool) -> String {
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
        for scalar in scalars {
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

    /// ``normalizeUnicode(_:keepingApostrophes:)`` for ASCII text, byte by byte: the same rules
    /// (decomposition changes no ASCII text, ASCII letters and digits are the alphabetic and
    /// numeric scalars), about ten times faster; most titles and names are ASCII.
    static func normalizeASCII(_ text: String, keepingApostrophes: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var wordStart = 0
        func endWord() {
            while out.count > wordStart, out[out.count - 1] == UInt8(ascii: "'") { out.removeLast() }
            guard out.count > wordStart else { return }
            let word = out[wordStart...]
            if word.elementsEqual("ft".utf8) || word.elementsEqual("featuring".utf8) {
                out.removeSubrange(wordStart...)
                out.append(contentsOf: "feat".utf8)
            }
            out.append(UInt8(ascii: " "))
            wordStart = out.count
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte + 32)
            case UInt8(ascii: "&"), UInt8(ascii: "+"):
                endWord()
                out.append(contentsOf: "and ".utf8)
                wordStart = out.count
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                if keepingApostrophes, out.count > wordStart { out.append(UInt8(ascii: "'")) }
            default: endWord()
            }
        }
        endWord()
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
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
        guard name.utf8.contains(UInt8(ascii: ",")) else { return name }
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
