/// The lines of a text file as files have them: split on `\n` only (a `\r` before it is dropped),
/// never on the Unicode separators U+2028, U+2029 or U+0085, which JSON allows inside a string
/// and `enumerateLines` would split on. A final line without `\n` counts; the empty piece after
/// a final `\n` does not.
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        // "\r\n" is one Character in Swift: both it and "\n" end a line.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
