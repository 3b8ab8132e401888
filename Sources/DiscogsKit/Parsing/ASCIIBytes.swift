// Byte-level helpers shared by the parsers. The parsers scan UTF-8 bytes by hand: every
// syntax character they look for is ASCII, so multi-byte scalars pass through untouched, and
// scanning bytes is far cheaper than `Character` iteration or a regular expression per call.

enum ASCII {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let dot: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C
    static let hyphen: UInt8 = 0x2D

    /// Whether `byte` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    /// Whether `byte` is an ASCII letter.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether `byte` is ASCII white space (space, tab, line ends, vertical tab, form feed).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= tab && byte <= carriageReturn)
    }

    /// `byte` in lower case when it is an ASCII capital.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// `byte` in upper case when it is an ASCII small letter.
    @inline(__always)
    static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte
    }

    /// The bounds of `bytes[range]` without leading and trailing white space.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The bounds of `bytes` without leading and trailing white space.
    static func trimmed(_ bytes: [UInt8]) -> Range<Int> { trimmed(bytes, 0..<bytes.count) }

    /// The value of the ASCII digits in `bytes[range]`, or `nil` when the range is empty, holds
    /// anything but digits, or has more than `maxDigits` digits (which also rules out overflow).
    static func integer(_ bytes: [UInt8], _ range: Range<Int>, maxDigits: Int = 9) -> Int? {
        guard !range.isEmpty, range.count <= maxDigits else { return nil }
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - zero)
        }
        return value
    }

    /// `bytes[range]` as a string.
    @inline(__always)
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// `bytes[range]` in ASCII lower case as a string (non-ASCII bytes unchanged).
    static func lowercasedString(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var out = 0
            for index in range {
                buffer[out] = lowercased(bytes[index])
                out += 1
            }
            return out
        }
    }

    /// Whether `bytes[range]` equals `word` ignoring ASCII case (`word` must be lower case).
    static func equalsIgnoringCase(_ bytes: [UInt8], _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        var offset = 0
        for index in range {
            guard lowercased(bytes[index]) == pointer[offset] else { return false }
            offset += 1
        }
        return true
    }
}
