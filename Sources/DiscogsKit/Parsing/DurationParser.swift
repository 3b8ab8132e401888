/// Reads a Discogs track duration (`"3:32"`, `"74:12"`, `"1:02:03"`) as milliseconds.
///
/// Discogs writes durations as free text. The parser accepts exactly the forms Discogs uses and
/// answers `nil` for everything else, so a caller never gets a wrong number:
///
/// | input | result |
/// |---|---|
/// | `"3:32"`, `"03:32"` | 212 000 |
/// | `"74:12"` (a long mix: minutes past 59) | 4 452 000 |
/// | `"1:02:03"` (`H:MM:SS`) | 3 723 000 |
/// | `" 7:00 "` (surrounding white space) | 420 000 |
/// | `""`, `"?"`, `"-"`, `"4:60"`, `":35"`, `"4:"`, `"4:5"`, `"4.32"`, `"abc"`, `"1:75:00"` | `nil` |
///
/// Seconds (and minutes in the hour form) must be two digits below 60; minutes in the `M:SS`
/// form may have one to four digits and go past 59. `"0:00"` is read as zero: it is well formed,
/// and a caller that treats zero as unknown can check for it.
///
/// ### Use
/// ```swift
/// DurationParser.milliseconds(from: "4:05")   // 245_000
/// DurationParser.milliseconds(from: "4:60")   // nil
/// ```
public enum DurationParser: Sendable {
    /// The duration `text` describes, in milliseconds, or `nil` when it is not a well-formed duration.
    ///
    /// ```swift
    /// DurationParser.milliseconds(from: "74:12")  // 4_452_000
    /// ```
    /// - Parameter text: A Discogs `duration` value such as `"3:32"` or `"1:02:03"`.
    /// - Returns: Milliseconds, or `nil` for empty, placeholder or malformed text.
    public static func milliseconds(from text: String) -> Int? {
        let bytes = Array(text.utf8)
        let range = ASCII.trimmed(bytes)
        guard !range.isEmpty, range.count <= 16 else { return nil }
        var colons: [Int] = []
        for index in range where bytes[index] == ASCII.colon {
            colons.append(index)
            if colons.count > 2 { return nil }
        }
        switch colons.count {
        case 1:
            guard let minutes = ASCII.integer(bytes, range.lowerBound..<colons[0], maxDigits: 4),
                  let seconds = twoDigitsBelowSixty(bytes, colons[0] + 1..<range.upperBound)
            else { return nil }
            return (minutes * 60 + seconds) * 1000
        case 2:
            guard let hours = ASCII.integer(bytes, range.lowerBound..<colons[0], maxDigits: 3),
                  let minutes = twoDigitsBelowSixty(bytes, colons[0] + 1..<colons[1]),
                  let seconds = twoDigitsBelowSixty(bytes, colons[1] + 1..<range.upperBound)
            else { return nil }
            return ((hours * 60 + minutes) * 60 + seconds) * 1000
        default:
            return nil
        }
    }

    /// The duration `text` describes, in whole seconds, or `nil` when it is not well formed.
    ///
    /// ```swift
    /// DurationParser.seconds(from: "3:32")  // 212
    /// ```
    /// - Parameter text: A Discogs `duration` value.
    /// - Returns: Seconds, or `nil` (see ``milliseconds(from:)`` for the accepted forms).
    public static func seconds(from text: String) -> Int? {
        milliseconds(from: text).map { $0 / 1000 }
    }

    private static func twoDigitsBelowSixty(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.count == 2, let value = ASCII.integer(bytes, range, maxDigits: 2), value < 60 else {
            return nil
        }
        return value
    }
}
