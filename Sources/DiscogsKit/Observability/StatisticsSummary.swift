import Foundation

/// The statistics in a few lines for people, as the CLI's `--stats` prints them to stderr.
///
/// ```swift
/// print(StatisticsSummary.render(statistics.snapshot()))
/// // requests: 302 sent, 300 answered (200: 298, 404: 2), 2 retries, 0 rate limited (429)
/// // rate limiter: 270 waits, 29.4 s in total
/// // received: 4.1 MB; duration: mean 31 ms, 95% within 50 ms
/// // errors: 1 request failed; not_found 1, timed_out 2
/// ```
public enum StatisticsSummary {
    /// Four lines (no trailing newline), and a fifth when a circuit opened.
    public static func render(_ s: ClientStatistics.Snapshot) -> String {
        let statuses = s.responsesByStatus.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        let answered = statuses.isEmpty ? "" : " (\(statuses.joined(separator: ", ")))"
        var lines = ["requests: \(s.requestsSent) sent, \(s.responses) answered\(answered), "
            + "\(s.retries) \(s.retries == 1 ? "retry" : "retries"), \(s.rateLimited) rate limited (429)"]
        lines.append("rate limiter: \(s.rateLimitWaits) \(s.rateLimitWaits == 1 ? "wait" : "waits"), "
            + "\(seconds(s.rateLimitWait)) in total")
        var received = "received: \(bytes(s.bytesReceived))"
        let histogram = s.requestDuration
        if histogram.count > 0 {
            received += "; duration: mean \(seconds(histogram.sum / histogram.count))"
            if let p95 = histogram.bound(containing: 0.95) {
                received += ", 95% within \(seconds(.milliseconds(Int64((p95 * 1000).rounded()))))"
            }
        }
        lines.append(received)
        let errors = s.errorsByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let failed = s.failedRequests == 0 ? "" : "\(s.failedRequests) request\(s.failedRequests == 1 ? "" : "s") failed; "
        lines.append("errors: " + (errors.isEmpty ? "none" : failed + errors.joined(separator: ", ")))
        if s.unreachableTrips > 0 || s.rateLimitCircuitOpenings > 0 {
            lines.append("circuits: stopped for an unreachable server \(s.unreachableTrips)×, "
                + "rate-limit circuit opened \(s.rateLimitCircuitOpenings)×")
        }
        return lines.joined(separator: "\n")
    }

    static func seconds(_ duration: Duration) -> String {
        let value = duration.seconds
        return value < 1 ? "\(Int((value * 1000).rounded())) ms" : String(format: "%.1f s", value)
    }

    static func bytes(_ count: Int) -> String {
        switch count {
        case ..<1000: return "\(count) B"
        case ..<1_000_000: return String(format: "%.1f kB", Double(count) / 1000)
        default: return String(format: "%.1f MB", Double(count) / 1_000_000)
        }
    }
}
