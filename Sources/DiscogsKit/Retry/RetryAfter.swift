import Foundation

/// Reads the `Retry-After` header: a number of seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`). Discogs is not known to send it, but proxies in front of
/// it may, and it is honoured whenever present.
///
/// ```swift
/// RetryAfter.delay(in: ["Retry-After": "3"])   // 3 seconds
/// ```
public enum RetryAfter {
    /// The delay the headers ask for, or `nil` when there is no readable `Retry-After`.
    ///
    /// An HTTP date is measured from the response's own `Date` header when present (so clock
    /// differences between the server and this machine do not matter), else from `now`. A date
    /// in the past means no delay.
    public static func delay(in headers: HTTPHeaders, now: Date = Date()) -> Duration? {
        guard let raw = headers["Retry-After"]?.trimmingWhitespace(), !raw.isEmpty else { return nil }
        if let seconds = Int(raw) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        guard let date = httpDate(raw) else { return nil }
        let reference = headers["Date"].flatMap { httpDate($0.trimmingWhitespace()) } ?? now
        let seconds = date.timeIntervalSince(reference)
        return .milliseconds(Int64((max(0, seconds) * 1000).rounded()))
    }

    /// Parses the three HTTP date forms (IMF-fixdate, RFC 850, asctime).
    static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
