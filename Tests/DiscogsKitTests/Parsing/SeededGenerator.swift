/// A small deterministic random number generator (SplitMix64) so property tests see the same
/// inputs on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Builds awkward strings: arbitrary Unicode scalars mixed with the characters parsers look for.
enum FuzzInput {
    /// Characters with meaning to some parser.
    static let syntax: [String] = [
        "(", ")", "[", "]", "[b]", "[/b]", "[url=", "[/url]", "[a", "[a=", "]", " - ", " – ", "-", ":", ".", ",",
        " to ", "&", "&amp;", "&#", ";", "'s", "\"", "'", "‘", "”", " feat. ", " Remix", " Mix", " Edit", "Live",
        " by ", "Dub", "\r\n", "\r", "\n", "\t", " ", "0", "1", "9", "A", "a", "12''", "CD", "-00", "\u{0}",
    ]

    /// A random string of up to `maxPieces` pieces.
    static func string(_ generator: inout SeededGenerator, maxPieces: Int = 40) -> String {
        let count = Int.random(in: 0...maxPieces, using: &generator)
        var text = ""
        for _ in 0..<count {
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                text += syntax.randomElement(using: &generator) ?? ""
            case 1:
                text.unicodeScalars.append(randomScalar(&generator))
            case 2:
                text += String(Int.random(in: 0...9999, using: &generator))
            default:
                text += ["Song", "Oliver", "Alive", "Dixon", "Tiësto", "Ünïcødé", "🎵", "é", "\u{301}", "ﷺ"]
                    .randomElement(using: &generator) ?? ""
            }
        }
        return text
    }

    /// Any Unicode scalar: ASCII, the BMP, or beyond.
    static func randomScalar(_ generator: inout SeededGenerator) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x80...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF]
        while true {
            let range = ranges.randomElement(using: &generator) ?? 0x20...0x7E
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { return scalar }
        }
    }
}
