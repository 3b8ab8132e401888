import Foundation

/// Renders ``DiscogsEvent``s as one-line log text, credentials never included (URLs in events
/// are already redacted).
///
/// ```swift
/// let observer = ClosureObserver { event in
///     if let line = EventLogFormatter.line(for: event) { print(line) }
/// }
/// // GET https://api.discogs.com/releases/1 → 200 in 182 ms, 5.1 kB [limit 60/used 2/remaining 58]
/// ```
public enum EventLogFormatter {
    /// The line for `event`, or `nil` for events not worth a line (request started).
    public static func line(for event: DiscogsEvent) -> String? {
        switch event {
        case .requestStarted:
            return nil
        case .requestFinished(let e):
            var text = "\(e.method) \(e.url) → \(e.status) in \(milliseconds(e.duration)) ms, \(bytes(e.bytes))"
            if e.attempt > 1 { text += " (attempt \(e.attempt))" }
            if let rate = e.rateLimit {
                text += " [limit \(rate.limit)/used \(rate.used)/remaining \(rate.remaining)]"
            }
            return text
        case .requestFailed(let e):
            return "\(e.method) \(e.url) ✗ \(e.error.description) after \(milliseconds(e.duration)) ms"
                + (e.attempt > 1 ? " (attempt \(e.attempt))" : "")
        case .retryScheduled(let e):
            return "retrying \(e.url) in \(milliseconds(e.delay)) ms after attempt \(e.failedAttempt) (\(e.reason))"
        case .rateLimitWait(let e):
            return "rate limit: waited \(milliseconds(e.duration)) ms (\(e.reason))"
        case .decodingIssue(let issue):
            return "decoding: \(issue.description)"
        case .requestGaveUp(let e):
            return "\(e.method) \(e.url) gave up after \(e.attempts) attempt" + (e.attempts == 1 ? "" : "s") + ": \(e.message)"
        case .transportFallback(let e):
            return "transport: using \(e.chosen) (\(e.reason))"
        case .rateLimitCircuitOpened(let e):
            return "rate limit: 429s keep coming; sending nothing for \(milliseconds(e.holdFor) / 1000) s (after \(e.url))"
        case .serverUnreachable(let e):
            return "server unreachable: \(e.consecutiveFailures) attempts in a row got no answer (last: \(e.lastError))"
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    static func bytes(_ count: Int) -> String {
        count < 1000 ? "\(count) B" : String(format: "%.1f kB", Double(count) / 1000)
    }
}
