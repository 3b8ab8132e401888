/// One white-space-separated word of a title descriptor, with its normalised form.
struct TitleToken {
    /// The word's bytes in the title, as written.
    let start: Int
    let end: Int
    /// Lower case without surrounding brackets, quotes, punctuation or a possessive `'s`;
    /// `"#inch"` for record sizes such as `12''` or `7"`.
    let norm: String
    /// Whether the word ends in `'s` or `’s`.
    let possessive: Bool
    /// Whether the word is a number (`2011`, `'90s`).
    let numeric: Bool
    /// Whether the word starts or ends a quotation.
    let opensQuote: Bool
    let closesQuote: Bool
    /// Where the word ends for a name: before a possessive `'s`.
    let nameEnd: Int

    /// The words of `bytes[range]`.
    static func tokens(_ bytes: [UInt8], _ range: Range<Int>) -> [TitleToken] {
        var tokens: [TitleToken] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, ASCII.isSpace(bytes[index]) { index += 1 }
            let start = index
            while index < range.upperBound, !ASCII.isSpace(bytes[index]) { index += 1 }
            if index > start { tokens.append(TitleToken(bytes, start, index)) }
        }
        return tokens
    }

    init(_ bytes: [UInt8], _ start: Int, _ end: Int) {
        self.start = start
        self.end = end
        var lower = start
        var upper = end
        var opens = false
        var closes = false
        // Leading brackets and quotes.
        while lower < upper {
            let byte = bytes[lower]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                lower += 1
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                opens = true
                lower += 1
            } else if let width = Self.curlyQuote(bytes, lower, upper, opening: true) {
                opens = true
                lower += width
            } else {
                break
            }
        }
        // Trailing brackets and punctuation (quotes and dots after the record-size check).
        while upper > lower, Self.isClosingPunctuation(bytes[upper - 1]) { upper -= 1 }
        if Self.isRecordSize(bytes, lower, upper) {
            norm = "#inch"
            possessive = false
            numeric = false
            opensQuote = opens
            closesQuote = false
            nameEnd = end
            return
        }
        while upper > lower {
            let byte = bytes[upper - 1]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                closes = true
                upper -= 1
            } else if byte == ASCII.dot || Self.isClosingPunctuation(byte) {
                upper -= 1
            } else if upper - lower >= 3, let width = Self.curlyQuote(bytes, upper - 3, upper, opening: false) {
                closes = true
                upper -= width
            } else {
                break
            }
        }
        var possessive = false
        if upper - lower > 2, ASCII.lowercased(bytes[upper - 1]) == UInt8(ascii: "s") {
            if bytes[upper - 2] == UInt8(ascii: "'") {
                possessive = true
                upper -= 2
            } else if upper - lower > 4, bytes[upper - 4] == 0xE2, bytes[upper - 3] == 0x80, bytes[upper - 2] == 0x99 {
                possessive = true
                upper -= 4
            }
        }
        self.possessive = possessive
        norm = ASCII.lowercasedString(bytes, lower..<upper)
        var digits = lower
        while digits < upper, ASCII.isDigit(bytes[digits]) { digits += 1 }
        numeric = digits > lower && (digits == upper || (digits + 1 == upper && ASCII.lowercased(bytes[digits]) == UInt8(ascii: "s")))
        opensQuote = opens
        closesQuote = closes
        nameEnd = possessive ? upper : end
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }

    /// The width of a curly quote at `index` (‘ “ « when opening, ’ ” » when closing), if any.
    private static func curlyQuote(_ bytes: [UInt8], _ index: Int, _ limit: Int, opening: Bool) -> Int? {
        if index + 3 <= limit, bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
            let third = bytes[index + 2]
            if opening ? (third == 0x98 || third == 0x9C) : (third == 0x99 || third == 0x9D) { return 3 }
        }
        if index + 2 <= limit, bytes[index] == 0xC2, bytes[index + 1] == (opening ? 0xAB : 0xBB) { return 2 }
        return nil
    }

    /// `7"`, `10''`, `12”`, `12inch`, `12-inch`, `12in`.
    private static func isRecordSize(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> Bool {
        var index = lower
        while index < upper, ASCII.isDigit(bytes[index]) { index += 1 }
        guard let size = ASCII.integer(bytes, lower..<index, maxDigits: 2), size == 7 || size == 10 || size == 12,
              index < upper else { return false }
        let rest = ASCII.lowercasedString(bytes, index..<upper)
        return ["\"", "''", "”", "″", "in", "in.", "inch", "-inch", "inches", "\"s", "''s"].contains(rest)
    }
}
