import Foundation

/// Text read from bytes the way a user's file needs it: a leading byte-order mark dropped, and
/// every line holding bytes that are not UTF-8 noted (by its number and the first bad byte)
/// instead of the whole input refused or the bytes replaced without a word.
///
/// ```swift
/// let decoded = DecodedText(Data([0xEF, 0xBB, 0xBF] + Array("ok\nbad \u{FF}\n".utf8)))
/// decoded.text                   // "ok\nbad \u{FFFD}\n"
/// decoded.problem(onLine: 2)     // "not UTF-8 text: byte 0xFF at column 5"
/// ```
public struct DecodedText: Sendable, Hashable {
    /// The text; each invalid sequence is U+FFFD (check ``invalidLines`` before using a line).
    public let text: String
    /// The first byte of a line that is not UTF-8.
    public struct InvalidByte: Sendable, Hashable {
        /// The byte.
        public var byte: UInt8
        /// Its 1-based column, in bytes.
        public var column: Int
    }

    /// The 1-based numbers of the lines holding bytes that are not UTF-8, with the first such byte.
    public let invalidLines: [Int: InvalidByte]

    /// Decodes `data` line by line (lines end at `\n`).
    public init(_ data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            self.text = text
            invalidLines = [:]
            return
        }
        var invalid: [Int: InvalidByte] = [:]
        var line = 1
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A || index == bytes.count - 1 {
            let end = bytes[index] == 0x0A ? index : index + 1
            if let bad = Self.firstInvalidByte(bytes[start..<end]) {
                invalid[line] = InvalidByte(byte: bytes[start + bad], column: bad + 1)
            }
            line += 1
            start = index + 1
        }
        text = String(decoding: bytes, as: UTF8.self)
        invalidLines = invalid
    }

    /// Text that is already a string: nothing to report.
    public init(text: String) {
        self.text = text
        invalidLines = [:]
    }

    /// What is wrong with line `line`, or `nil` when it is UTF-8.
    public func problem(onLine line: Int) -> String? {
        guard let bad = invalidLines[line] else { return nil }
        return "not UTF-8 text: byte 0x" + String(bad.byte, radix: 16, uppercase: true) + " at column \(bad.column)"
    }

    /// The first line in `lines` holding bytes that are not UTF-8, and what is wrong with it.
    public func firstProblem(in lines: Range<Int>) -> (line: Int, problem: String)? {
        for line in invalidLines.keys.sorted() where lines.contains(line) {
            if let problem = problem(onLine: line) { return (line, problem) }
        }
        return nil
    }

    /// The offset of the first byte of `bytes` that starts no valid UTF-8 sequence.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var offset = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.endIndex,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return offset }
            index += length
            offset += length
        }
        return nil
    }
}
