import Foundation

/// Writes and reads the ISO 8601 timestamps of `scrape_timestamp`.
///
/// Written in UTC with a `Z`, with milliseconds only when the time has a fractional part
/// (`2024-05-01T12:00:00Z`, `2024-05-01T12:00:00.250Z`). Read with or without fractional seconds,
/// with `Z` or a numeric offset (`+02:00`).
enum ISO8601Timestamp {
    /// The timestamp text for `date`, rounded to the millisecond.
    static func string(from date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let wholeSeconds = (milliseconds / 1000).rounded(.down)
        let fraction = Int(milliseconds - wholeSeconds * 1000)
        let base = Date.ISO8601FormatStyle(timeZone: .gmt).format(Date(timeIntervalSince1970: wholeSeconds))
        guard fraction != 0 else { return base }
        let digits = String(fraction)
        return String(base.dropLast()) + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// The date `text` names, or `nil` when it is not an ISO 8601 date-time with a time zone.
    static func date(from text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
